package cn.tongban.notices.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Prints a notice as a one-page A4 PDF in Chinese: the city and department, the title, the number, the
 * addressee, the body, the opinion and legal basis, the facts of the application, the issuer and date, and
 * the verification code with its QR code. The font (WenQuanYi Micro Hei, bundled under {@code fonts/}) is
 * embedded as a subset, so that the document reads the same on any reader.
 */
@ApplicationScoped
public class NoticePdf {

    static final String FONT = "fonts/wqy-microhei.ttc";

    private final byte[] font;

    public NoticePdf() {
        try (InputStream in = NoticePdf.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("the notices' font is missing: " + FONT);
            }
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(NoticeContent notice) {
        NoticeTexts texts = NoticeTexts.chinese();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 72, 72, 64, 64);
        try {
            // the .ttc holds two faces: ",0" picks the proportional one
            BaseFont base = BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, font, null);
            Font header = new Font(base, 15);
            Font title = new Font(base, 22);
            Font text = new Font(base, 12);
            Font small = new Font(base, 9);
            PdfWriter.getInstance(document, out);
            String heading = texts.title(notice.kind());
            document.addTitle(heading + " " + notice.noticeNumber());
            document.addAuthor(notice.departmentName());
            document.open();

            String city = texts.text("notice.city");
            // the departments' names mostly begin with the city already (东莞市住房和城乡建设局)
            String headedBy = notice.departmentName().startsWith(city) ? notice.departmentName() : city + notice.departmentName();
            document.add(centred(headedBy, header, 6));
            document.add(centred(heading, title, 10));
            Paragraph number = new Paragraph(texts.text("notice.number", notice.noticeNumber()), text);
            number.setAlignment(Element.ALIGN_RIGHT);
            number.setSpacingAfter(16);
            document.add(number);

            document.add(new Paragraph(texts.text("notice.to", notice.applicantName()), text));
            Paragraph body = new Paragraph(18, texts.body(notice), text);
            body.setFirstLineIndent(24);
            body.setSpacingBefore(6);
            body.setSpacingAfter(12);
            document.add(body);

            if (notice.opinion() != null && !notice.opinion().isBlank()) {
                document.add(labelled(texts.opinionLabel(notice.kind()), notice.opinion(), text));
            }
            if (notice.kind().citesLegalBasis() && notice.legalBasis() != null && !notice.legalBasis().isBlank()) {
                document.add(labelled(texts.text("notice.legalBasis"), notice.legalBasis(), text));
            }

            PdfPTable facts = new PdfPTable(new float[]{1, 3});
            facts.setWidthPercentage(100);
            facts.setSpacingBefore(14);
            facts.setSpacingAfter(24);
            fact(facts, texts.text("notice.matter"), notice.matterName(), text);
            fact(facts, texts.text("notice.receipt"), notice.receiptNumber(), text);
            fact(facts, texts.text("notice.submitted"), texts.date(notice.submittedOn()), text);
            document.add(facts);

            Paragraph issuer = new Paragraph(18, notice.departmentName() + "\n" + texts.date(notice.issuedOn()), text);
            issuer.setAlignment(Element.ALIGN_RIGHT);
            issuer.setSpacingAfter(28);
            document.add(issuer);

            document.add(verification(notice, texts, text, small));
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("notice " + notice.noticeNumber() + " could not be printed", e);
        }
        return out.toByteArray();
    }

    /**
     * Prints another capability's official letter on the same letterhead: one or more A4 pages, the font
     * embedded as a subset, the verification code and how to check it at the foot.
     */
    public byte[] render(Letter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 72, 72, 64, 64);
        try {
            BaseFont base = BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, font, null);
            Font header = new Font(base, 15);
            Font title = new Font(base, 22);
            Font text = new Font(base, 12);
            Font small = new Font(base, 9);
            PdfWriter.getInstance(document, out);
            document.addTitle(letter.title() + " " + letter.number());
            document.addAuthor(letter.heading());
            document.open();

            document.add(centred(letter.heading(), header, 6));
            document.add(centred(letter.title(), title, 10));
            Paragraph number = new Paragraph(letter.number(), text);
            number.setAlignment(Element.ALIGN_RIGHT);
            number.setSpacingAfter(16);
            document.add(number);
            if (letter.addressee() != null) {
                document.add(new Paragraph(letter.addressee(), text));
            }
            Paragraph body = new Paragraph(18, letter.body(), text);
            body.setFirstLineIndent(24);
            body.setSpacingBefore(6);
            body.setSpacingAfter(12);
            document.add(body);
            for (Letter.Line line : letter.paragraphs()) {
                document.add(labelled(line.label(), line.text(), text));
            }
            if (!letter.facts().isEmpty()) {
                PdfPTable facts = new PdfPTable(new float[]{1, 3});
                facts.setWidthPercentage(100);
                facts.setSpacingBefore(14);
                facts.setSpacingAfter(24);
                for (Letter.Line line : letter.facts()) {
                    fact(facts, line.label(), line.text(), text);
                }
                document.add(facts);
            }
            Paragraph issuers = new Paragraph(18, letter.issuers(), text);
            issuers.setAlignment(Element.ALIGN_RIGHT);
            issuers.setSpacingAfter(28);
            document.add(issuers);
            if (letter.verificationCode() != null) {
                document.add(new Paragraph(letter.verificationCode(), text));
                if (letter.verificationHint() != null) {
                    document.add(new Paragraph(13, letter.verificationHint(), small));
                }
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("letter " + letter.number() + " could not be printed", e);
        }
        return out.toByteArray();
    }

    private static Paragraph centred(String content, Font font, float after) {
        Paragraph p = new Paragraph(content, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        return p;
    }

    private static Paragraph labelled(String label, String content, Font font) {
        Paragraph p = new Paragraph(18, label + "：", font);
        p.add(new Chunk(content.strip(), font));
        p.setSpacingAfter(8);
        return p;
    }

    private static void fact(PdfPTable table, String label, String value, Font font) {
        PdfPCell l = new PdfPCell(new Paragraph(label, font));
        l.setPadding(5);
        table.addCell(l);
        PdfPCell v = new PdfPCell(new Paragraph(value, font));
        v.setPadding(5);
        table.addCell(v);
    }

    private static PdfPTable verification(NoticeContent notice, NoticeTexts texts, Font text, Font small)
            throws DocumentException {
        VerificationQr qr = VerificationQr.of(notice.verificationUrl());
        Image image = Image.getInstance(qr.width(), qr.height(), 1, 8, qr.grey());
        image.scaleAbsolute(96, 96);
        PdfPTable box = new PdfPTable(new float[]{1, 4});
        box.setWidthPercentage(100);
        PdfPCell code = new PdfPCell(image, false);
        code.setBorder(Rectangle.NO_BORDER);
        code.setPadding(4);
        box.addCell(code);
        String page = notice.verificationUrl().split("\\?", 2)[0];
        PdfPCell hint = new PdfPCell();
        hint.addElement(new Paragraph(texts.text("notice.verify", notice.verificationCode()), text));
        Paragraph how = new Paragraph(13, texts.text("notice.verifyHint", page), small);
        how.setSpacingBefore(4);
        hint.addElement(how);
        hint.setBorder(Rectangle.NO_BORDER);
        hint.setVerticalAlignment(Element.ALIGN_MIDDLE);
        hint.setPaddingLeft(10);
        box.addCell(hint);
        return box;
    }
}
