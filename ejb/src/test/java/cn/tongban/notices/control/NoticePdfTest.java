package cn.tongban.notices.control;

import cn.tongban.notices.entity.NoticeKind;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notices as PDF, read back with the PDF library: the Chinese text, the numbers and the QR code. */
class NoticePdfTest {

    private static final String URL = "http://localhost:8080/verify.xhtml?number=20261125-ZJJ-7KQ2M9X4P-N1&code=K7M2P9QX";
    private static NoticePdf pdf;

    @BeforeAll
    static void font() {
        pdf = new NoticePdf();
    }

    static NoticeContent notice(NoticeKind kind, String opinion, String basis) {
        return new NoticeContent(kind, "20261125-ZJJ-7KQ2M9X4P-N1", "K7M2P9QX", URL, "20261125-ZJJ-7KQ2M9X4P",
                "张三", "建筑工程施工许可证核发", "东莞市住房和城乡建设局", LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 25), opinion, basis);
    }

    @Test
    void anAcceptanceNoticeStatesTheReceiptNumberInChinese() throws Exception {
        byte[] bytes = pdf.render(notice(NoticeKind.ACCEPTANCE, "材料齐全，予以受理", null));
        assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
        PdfReader reader = new PdfReader(bytes);
        assertEquals(1, reader.getNumberOfPages(), "one page");
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("受理通知书"), text);
        assertTrue(text.contains("20261125-ZJJ-7KQ2M9X4P"), "the receipt number");
        assertTrue(text.contains("20261125-ZJJ-7KQ2M9X4P-N1"), "the notice number");
        assertTrue(text.contains("K7M2P9QX"), "the verification code");
        assertTrue(text.contains("张三"), "the applicant");
        assertTrue(text.contains("建筑工程施工许可证核发"), "the matter");
        assertTrue(text.contains("东莞市住房和城乡建设局"), "the issuer");
        assertFalse(text.contains("东莞市东莞市"), "the city named once");
        assertTrue(text.contains("2026年11月25日"), "the date of issue");
        assertTrue(text.contains("材料齐全，予以受理"), "the opinion");
        assertTrue(text.contains("第三十二条"), "the article");
    }

    @Test
    void aRefusalCitesItsLegalBasisAndAnAcceptanceDoesNot() throws Exception {
        String refusal = new PdfTextExtractor(new PdfReader(pdf.render(notice(NoticeKind.REJECTION, "人防面积不足",
                "《人民防空法》第二十二条")))).getTextFromPage(1);
        assertTrue(refusal.contains("不予行政许可决定书"), refusal);
        assertTrue(refusal.contains("人防面积不足"));
        assertTrue(refusal.contains("《人民防空法》第二十二条"));
        assertTrue(refusal.contains("行政复议"), "the remedies");
        String acceptance = new PdfTextExtractor(new PdfReader(pdf.render(notice(NoticeKind.ACCEPTANCE, null,
                "不应出现")))).getTextFromPage(1);
        assertFalse(acceptance.contains("不应出现"));
    }

    @Test
    void everyKindHasItsTitle() throws Exception {
        String[] titles = {"受理通知书", "补正告知书", "不予受理决定书", "准予行政许可决定书", "不予行政许可决定书"};
        NoticeKind[] kinds = NoticeKind.values();
        for (int i = 0; i < kinds.length; i++) {
            String text = new PdfTextExtractor(new PdfReader(pdf.render(notice(kinds[i], "意见", "依据")))).getTextFromPage(1);
            assertTrue(text.contains(titles[i]), kinds[i] + ": " + text);
        }
    }

    @Test
    void aDepartmentNamedWithoutTheCityIsHeadedWithIt() throws Exception {
        NoticeContent withoutCity = new NoticeContent(NoticeKind.ACCEPTANCE, "N", "K7M2P9QX", URL, "R", "张三", "事项",
                "市场监督管理局", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25), null, null);
        assertTrue(new PdfTextExtractor(new PdfReader(pdf.render(withoutCity))).getTextFromPage(1).contains("东莞市市场监督管理局"));
    }

    @Test
    void theChineseFontIsEmbedded() throws Exception {
        PdfReader reader = new PdfReader(pdf.render(notice(NoticeKind.ACCEPTANCE, null, null)));
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        PdfDictionary font = fonts.getAsDict(fonts.getKeys().iterator().next());
        assertEquals(PdfName.TYPE0, font.getAsName(PdfName.SUBTYPE));
        assertTrue(font.getAsName(PdfName.BASEFONT).toString().contains("WenQuanYi"), font.getAsName(PdfName.BASEFONT).toString());
    }

    @Test
    void theQrCodeInTheDocumentDecodesToTheVerificationAddress() throws Exception {
        PdfReader reader = new PdfReader(pdf.render(notice(NoticeKind.APPROVAL, "准予", "《建筑法》第八条")));
        PdfDictionary images = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        assertNotNull(images, "the page holds an image");
        PRStream image = (PRStream) PdfReader.getPdfObject(images.get(images.getKeys().iterator().next()));
        int width = image.getAsNumber(PdfName.WIDTH).intValue();
        int height = image.getAsNumber(PdfName.HEIGHT).intValue();
        byte[] grey = PdfReader.getStreamBytes(image);
        assertEquals(width * height, grey.length, "8-bit grey");
        var source = new PlanarYUVLuminanceSource(grey, width, height, 0, 0, width, height, false);
        assertEquals(URL, new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText());
    }
}
