package cn.tongban.blankforms;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Minimal but genuine files of each kind, built here rather than checked in: what a real producer writes,
 * reduced to what the format needs (PNG and JPEG come from the JDK's own image writers).
 */
public final class TestFiles {

    private TestFiles() {
    }

    /** A one-page PDF with a correct cross-reference table. */
    public static byte[] pdf() {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xcc0000);
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A Word document: the three parts Word needs. */
    public static byte[] docx() {
        return zip("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
                "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>申请表</w:t></w:r></w:p></w:body></w:document>");
    }

    /** An Excel workbook with one sheet. */
    public static byte[] xlsx() {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        return zip("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>",
                "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
                "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets>"
                        + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
                "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + main + "\"><sheetData/></worksheet>");
    }

    /** A Word 97-2003 document: a compound file with the streams Word writes first. */
    public static byte[] doc() {
        return compoundFile(9, "WordDocument", "1Table", "\u0005SummaryInformation");
    }

    /** An Excel 97-2003 workbook: a compound file with its Workbook stream. */
    public static byte[] xls() {
        return compoundFile(9, "Workbook", "\u0005SummaryInformation");
    }

    /** A ZIP archive whose entries are the given names and texts, in pairs. */
    public static byte[] zip(String... namesAndTexts) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static final int END_OF_CHAIN = 0xfffffffe;
    private static final int FREE = 0xffffffff;
    private static final int FAT_SECTOR = 0xfffffffd;

    /**
     * An OLE2 compound file (MS-CFB) with 2^shift-byte sectors: the header, one FAT sector, and a directory of
     * a root entry and one empty stream per name (a name starting with "+" is a storage instead). The
     * directory spans as many chained sectors as it needs, so the chain is followed through the FAT.
     */
    public static byte[] compoundFile(int shift, String... names) {
        int sectorSize = 1 << shift;
        int perSector = sectorSize / 128;
        int entries = names.length + 1;
        int directorySectors = (entries + perSector - 1) / perSector;
        ByteBuffer file = ByteBuffer.allocate(sectorSize * (2 + directorySectors)).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[]{(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1});
        file.position(0x18);
        file.putShort((short) 0x3e).putShort((short) (shift == 9 ? 3 : 4)).putShort((short) 0xfffe)
                .putShort((short) shift).putShort((short) 6);
        file.position(0x2c);
        file.putInt(1)                  // FAT sectors
                .putInt(1)              // first directory sector
                .putInt(0)              // transaction signature
                .putInt(4096)           // mini stream cut-off
                .putInt(END_OF_CHAIN)   // first mini FAT sector
                .putInt(0)              // mini FAT sectors
                .putInt(END_OF_CHAIN)   // first DIFAT sector
                .putInt(0);             // DIFAT sectors
        file.putInt(0);                 // the FAT is sector 0
        for (int i = 1; i < 109; i++) {
            file.putInt(FREE);
        }
        // sector 0: the FAT; the directory is the chain 1 -> 2 -> ... -> end
        int fat = sectorSize;
        file.putInt(fat, FAT_SECTOR);
        for (int s = 1; s <= directorySectors; s++) {
            file.putInt(fat + s * 4, s == directorySectors ? END_OF_CHAIN : s + 1);
        }
        for (int s = directorySectors + 1; s < sectorSize / 4; s++) {
            file.putInt(fat + s * 4, FREE);
        }
        int directory = 2 * sectorSize;
        entry(file, directory, "Root Entry", 5, entries > 1 ? 1 : FREE, FREE);
        for (int i = 0; i < names.length; i++) {
            boolean storage = names[i].startsWith("+");
            entry(file, directory + (i + 1) * 128, storage ? names[i].substring(1) : names[i], storage ? 1 : 2,
                    FREE, i + 2 < entries ? i + 2 : FREE);
        }
        for (int i = entries; i < directorySectors * perSector; i++) {   // unused entries link nowhere
            for (int link = 0x44; link < 0x50; link += 4) {
                file.putInt(directory + i * 128 + link, FREE);
            }
        }
        return file.array();
    }

    private static void entry(ByteBuffer file, int at, String name, int type, int child, int rightSibling) {
        byte[] utf16 = (name + "\0").getBytes(StandardCharsets.UTF_16LE);
        file.put(at, utf16);
        file.putShort(at + 0x40, (short) utf16.length);
        file.put(at + 0x42, (byte) type);
        file.put(at + 0x43, (byte) 1);                // black
        file.putInt(at + 0x44, FREE);                 // left sibling
        file.putInt(at + 0x48, rightSibling);
        file.putInt(at + 0x4c, child);
        file.putInt(at + 0x74, type == 1 ? 0 : END_OF_CHAIN);  // start sector: no data
        file.putLong(at + 0x78, 0);                   // size
    }

    /** The bytes with a prefix, e.g. to make a file of a given size. */
    public static byte[] padded(byte[] bytes, int size) {
        return Arrays.copyOf(bytes, size);
    }
}
