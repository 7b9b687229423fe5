package cn.tongban.blankforms.control;

import cn.tongban.blankforms.TestFiles;
import cn.tongban.blankforms.entity.FileType;
import cn.tongban.platform.entity.BusinessException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormFileCheckTest {

    private static final long LIMIT = 10L * 1024 * 1024;

    @Test
    void acceptsEachTypeUnderItsOwnExtension() {
        assertEquals(FileType.PDF, FormFileCheck.check("申请表.pdf", TestFiles.pdf(), LIMIT).type());
        assertEquals(FileType.DOCX, FormFileCheck.check("申请表.docx", TestFiles.docx(), LIMIT).type());
        assertEquals(FileType.XLSX, FormFileCheck.check("名册.xlsx", TestFiles.xlsx(), LIMIT).type());
        assertEquals(FileType.DOC, FormFileCheck.check("申请表.doc", TestFiles.doc(), LIMIT).type());
        assertEquals(FileType.XLS, FormFileCheck.check("名册.XLS", TestFiles.xls(), LIMIT).type());
        assertEquals(FileType.PNG, FormFileCheck.check("样表.png", TestFiles.png(), LIMIT).type());
        assertEquals(FileType.JPEG, FormFileCheck.check("样表.jpg", TestFiles.jpeg(), LIMIT).type());
        assertEquals(FileType.JPEG, FormFileCheck.check("样表.jpeg", TestFiles.jpeg(), LIMIT).type());
    }

    @Test
    void returnsTheCleanedNameAndTheSha256() {
        var checked = FormFileCheck.check("D:\\表格\\申请表.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), LIMIT);
        assertEquals("申请表.pdf", checked.name().value());
        // sha256sum of "%PDF-1.4\n"
        assertEquals(FormFileCheck.sha256("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)), checked.sha256());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", FormFileCheck.sha256(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                FormFileCheck.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void refusesDisguisedFilesSayingWhatTheyReallyAre() {
        byte[] program = "MZ\u0000\u0000PE\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("blankForm.content.EXECUTABLE", refusal("申请表.pdf", program));
        assertEquals("blankForm.content.EXECUTABLE", refusal("申请表.docx", new byte[]{0x7f, 'E', 'L', 'F', 2}));
        byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("blankForm.content.MARKUP", refusal("申请表.pdf", page));
        assertEquals("blankForm.content.MARKUP", refusal("样表.png", "<svg onload=\"x()\"/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("blankForm.content.ZIP", refusal("申请表.docx", TestFiles.zip("a.txt", "a")));
        assertEquals("blankForm.content.ZIP", refusal("名册.xlsx", TestFiles.zip("a.exe", "MZ")));
        assertEquals("blankForm.content.UNKNOWN", refusal("申请表.pdf", "just text".getBytes(StandardCharsets.UTF_8)));
        assertEquals("blankForm.content.MACROS", refusal("申请表.doc", TestFiles.compoundFile(9, "WordDocument", "+Macros")));
        assertEquals("blankForm.content.OTHER_OFFICE", refusal("申请表.doc", TestFiles.compoundFile(9, "PowerPoint Document")));
    }

    @Test
    void refusesAGenuineFileUnderAnotherTypesExtension() {
        assertEquals("blankForm.extensionMismatch", refusal("申请表.docx", TestFiles.pdf()));
        assertEquals("blankForm.extensionMismatch", refusal("名册.xlsx", TestFiles.docx()));
        assertEquals("blankForm.extensionMismatch", refusal("申请表.doc", TestFiles.xls()));
        assertEquals("blankForm.extensionMismatch", refusal("样表.jpg", TestFiles.png()));
        assertEquals("blankForm.extensionMismatch", refusal("样表.pdf", TestFiles.jpeg()));
    }

    @Test
    void theRefusalNamesTheFileAndTheTypes() {
        var refusal = assertThrows(BusinessException.class, () -> FormFileCheck.check("申请表.docx", TestFiles.pdf(), LIMIT));
        assertEquals("文件“申请表.docx”的内容是 PDF 格式，与扩展名 .docx 不符，未保存。请改正扩展名后再上传。",
                refusal.message(Locale.SIMPLIFIED_CHINESE));
        var program = assertThrows(BusinessException.class, () -> FormFileCheck.check("a.pdf", "MZ".getBytes(StandardCharsets.US_ASCII), LIMIT));
        assertEquals("The file \"a.pdf\" is a program, not a PDF file; nothing was stored.", program.message(Locale.ENGLISH));
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertEquals("blankForm.empty", refusal("申请表.pdf", new byte[0]));
        assertEquals("blankForm.empty", refusal("申请表.pdf", null));
        byte[] justRight = TestFiles.padded(TestFiles.pdf(), 2048);
        assertEquals(FileType.PDF, FormFileCheck.check("申请表.pdf", justRight, 2048).type());
        var tooLarge = assertThrows(BusinessException.class, () -> FormFileCheck.check("申请表.pdf", justRight, 2047));
        assertEquals("blankForm.tooLarge", tooLarge.key());
        assertTrue(tooLarge.message(Locale.SIMPLIFIED_CHINESE).contains("2.0 KB"), tooLarge.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void theNameIsCheckedBeforeTheContent() {
        assertEquals("blankForm.extensionNotAllowed", refusal("setup.exe", TestFiles.pdf()));
        assertEquals("blankForm.nameControl", refusal("a\u202Efdp.exe.pdf", TestFiles.pdf()));
    }

    private static String refusal(String name, byte[] content) {
        return assertThrows(BusinessException.class, () -> FormFileCheck.check(name, content, LIMIT)).key();
    }
}
