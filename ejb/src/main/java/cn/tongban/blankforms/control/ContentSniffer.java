package cn.tongban.blankforms.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells from a file's bytes, never from its name, which of the accepted types it is. Signatures at the
 * start tell PDF, PNG and JPEG apart. Word and Excel need a look inside their container: DOCX and XLSX are
 * ZIP archives whose central directory lists {@code [Content_Types].xml} and a {@code word/} or {@code xl/}
 * folder; DOC and XLS are OLE2 compound files whose directory holds a {@code WordDocument} or a
 * {@code Workbook} (or {@code Book}) stream. Only directories are read, nothing is decompressed, so a ZIP
 * bomb costs nothing; every offset is checked against the length, so a damaged file is "unknown", never an
 * exception.
 */
public final class ContentSniffer {

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
    private static final byte[][] EXECUTABLES = {
            ascii("MZ"),                                                    // Windows (PE) and DOS programs
            {0x7f, 'E', 'L', 'F'},                                          // Linux
            {(byte) 0xfe, (byte) 0xed, (byte) 0xfa, (byte) 0xce},           // macOS (Mach-O), both byte orders
            {(byte) 0xfe, (byte) 0xed, (byte) 0xfa, (byte) 0xcf},
            {(byte) 0xce, (byte) 0xfa, (byte) 0xed, (byte) 0xfe},
            {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe},
            {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe},           // Mach-O universal, Java class
            ascii("#!")                                                     // scripts
    };
    private static final String[] MARKUP = {"<!doctype", "<html", "<head", "<body", "<script", "<iframe", "<svg",
            "<?xml", "<!--", "<meta", "<a ", "<img", "<div", "<object", "<embed", "<form", "<style", "<title"};

    private ContentSniffer() {
    }

    public static SniffedContent sniff(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return SniffedContent.EMPTY;
        }
        if (startsWith(bytes, PDF)) {
            return SniffedContent.PDF;
        }
        if (startsWith(bytes, PNG)) {
            return SniffedContent.PNG;
        }
        if (startsWith(bytes, JPEG)) {
            return SniffedContent.JPEG;
        }
        if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
            return officeOpenXml(bytes);
        }
        if (startsWith(bytes, OLE2)) {
            return compoundFile(bytes);
        }
        for (byte[] signature : EXECUTABLES) {
            if (startsWith(bytes, signature)) {
                return SniffedContent.EXECUTABLE;
            }
        }
        return isMarkup(bytes) ? SniffedContent.MARKUP : SniffedContent.UNKNOWN;
    }

    // --- DOCX and XLSX: the names in the ZIP's central directory ---

    private static SniffedContent officeOpenXml(byte[] bytes) {
        List<String> names = zipEntryNames(bytes);
        if (names == null || !names.contains("[Content_Types].xml")) {
            return SniffedContent.ZIP;
        }
        if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
            return SniffedContent.MACROS;
        }
        boolean word = names.stream().anyMatch(n -> n.startsWith("word/"));
        boolean excel = names.stream().anyMatch(n -> n.startsWith("xl/"));
        if (word != excel) {
            return word ? SniffedContent.DOCX : SniffedContent.XLSX;
        }
        return SniffedContent.ZIP;
    }

    /** The entry names of a ZIP archive, from its central directory; null when the archive is damaged. */
    private static List<String> zipEntryNames(byte[] bytes) {
        int end = -1;
        // The end record (22 bytes) is last, followed by a comment of at most 65535 bytes.
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
            if (u32(bytes, i) == 0x06054b50L) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int count = u16(bytes, end + 10);
        long offset = u32(bytes, end + 16);
        List<String> names = new ArrayList<>();
        long at = offset;
        for (int n = 0; n < count; n++) {
            if (at < 0 || at + 46 > end || u32(bytes, (int) at) != 0x02014b50L) {
                return null;
            }
            int p = (int) at;
            int nameLength = u16(bytes, p + 28);
            int extraLength = u16(bytes, p + 30);
            int commentLength = u16(bytes, p + 32);
            if (p + 46L + nameLength > end) {
                return null;
            }
            names.add(new String(bytes, p + 46, nameLength, StandardCharsets.UTF_8));
            at = p + 46L + nameLength + extraLength + commentLength;
        }
        return names;
    }

    // --- DOC and XLS: the stream names in an OLE2 compound file's directory (MS-CFB) ---

    private static final long END_OF_CHAIN = 0xfffffffeL;

    private static SniffedContent compoundFile(byte[] bytes) {
        List<String> names = compoundFileNames(bytes);
        if (names == null) {
            return SniffedContent.OTHER_OFFICE;
        }
        if (names.contains("Macros") || names.contains("_VBA_PROJECT_CUR") || names.contains("_VBA_PROJECT")) {
            return SniffedContent.MACROS;
        }
        boolean word = names.contains("WordDocument");
        boolean excel = names.contains("Workbook") || names.contains("Book");
        if (word != excel) {
            return word ? SniffedContent.DOC : SniffedContent.XLS;
        }
        return SniffedContent.OTHER_OFFICE;
    }

    /** The names of the storages and streams of a compound file; null when its structure is damaged. */
    private static List<String> compoundFileNames(byte[] bytes) {
        if (bytes.length < 512) {
            return null;
        }
        int shift = u16(bytes, 0x1e);
        if (shift != 9 && shift != 12) {
            return null;
        }
        int sectorSize = 1 << shift;
        int perSector = sectorSize / 4;
        // sector n starts at (n + 1) * sectorSize: the header fills what comes before sector 0
        long sectors = (bytes.length - 1L) / sectorSize;
        List<Long> fat = fatSectors(bytes, sectorSize, sectors);
        if (fat == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        long sector = u32(bytes, 0x30);
        for (long steps = 0; sector != END_OF_CHAIN; steps++) {
            if (steps > sectors || sector < 0 || sector >= sectors) {
                return null;
            }
            long start = (sector + 1) * sectorSize;
            for (int entry = 0; entry < sectorSize / 128; entry++) {
                long at = start + entry * 128L;
                if (at + 128 > bytes.length) {
                    break;
                }
                int type = bytes[(int) at + 0x42];
                int nameBytes = u16(bytes, (int) at + 0x40);
                if ((type == 1 || type == 2 || type == 5) && nameBytes >= 2 && nameBytes <= 64) {
                    names.add(new String(bytes, (int) at, nameBytes - 2, StandardCharsets.UTF_16LE));
                }
            }
            int fatIndex = (int) (sector / perSector);
            if (fatIndex >= fat.size()) {
                return null;
            }
            long next = (fat.get(fatIndex) + 1) * sectorSize + (sector % perSector) * 4;
            if (next + 4 > bytes.length) {
                return null;
            }
            sector = u32(bytes, (int) next);
        }
        return names;
    }

    /** The sectors holding the allocation table: 109 listed in the header, more in a chain of DIFAT sectors. */
    private static List<Long> fatSectors(byte[] bytes, int sectorSize, long sectors) {
        long count = u32(bytes, 0x2c);
        if (count > sectors) {
            return null;
        }
        List<Long> fat = new ArrayList<>();
        for (int i = 0; i < 109 && fat.size() < count; i++) {
            fat.add(u32(bytes, 0x4c + i * 4));
        }
        long difat = u32(bytes, 0x44);
        for (long steps = 0; fat.size() < count; steps++) {
            if (difat < 0 || difat >= sectors || steps > sectors) {
                return null;
            }
            int start = (int) ((difat + 1) * sectorSize);
            if (start + sectorSize > bytes.length) {
                return null;
            }
            for (int i = 0; i < sectorSize / 4 - 1 && fat.size() < count; i++) {
                fat.add(u32(bytes, start + i * 4));
            }
            difat = u32(bytes, start + sectorSize - 4);
        }
        for (long sector : fat) {
            if (sector < 0 || sector >= sectors) {
                return null;
            }
        }
        return fat;
    }

    // --- HTML and other markup, after a byte-order mark and blanks ---

    private static boolean isMarkup(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3);
        } else if (head.startsWith("\u00fe\u00ff") || head.startsWith("\u00ff\u00fe")) {
            // UTF-16: drop the zero bytes of the ASCII characters
            head = head.substring(2).replace("\u0000", "");
        }
        head = head.stripLeading().toLowerCase(Locale.ROOT);
        for (String start : MARKUP) {
            if (head.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    // --- little-endian numbers and signatures ---

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] bytes, int at) {
        if (at < 0 || at + 2 > bytes.length) {
            return -1;
        }
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] bytes, int at) {
        if (at < 0 || at + 4 > bytes.length) {
            return -1;
        }
        return (bytes[at] & 0xffL) | (bytes[at + 1] & 0xffL) << 8 | (bytes[at + 2] & 0xffL) << 16 | (bytes[at + 3] & 0xffL) << 24;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
