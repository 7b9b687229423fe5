package cn.tongban.blankforms.entity;

import cn.tongban.platform.entity.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FormFileNameTest {

    @Test
    void keepsChineseAndDropsTheFolder() {
        assertEquals("公司登记（备案）申请书.docx", FormFileName.of("公司登记（备案）申请书.docx").value());
        assertEquals("申请表.pdf", FormFileName.of("C:\\Users\\张三\\Desktop\\申请表.pdf").value());
        assertEquals("申请表.pdf", FormFileName.of("/srv/uploads/zhang/../申请表.pdf").value());
        assertEquals("申请表 v2.PDF", FormFileName.of("  申请表 v2.PDF \t").value());
    }

    @Test
    void composesDecomposedCharacters() {
        // "é" as e + combining acute, as macOS file names come
        assertEquals("caf\u00e9.pdf", FormFileName.of("cafe\u0301.pdf").value());
    }

    @Test
    void theExtensionSaysWhatTypeIsExpected() {
        assertEquals(FileType.DOCX, FormFileName.of("a.docx").announcedType());
        assertEquals(FileType.JPEG, FormFileName.of("scan.JPG").announcedType());
        assertEquals(FileType.JPEG, FormFileName.of("scan.jpeg").announcedType());
        assertEquals(FileType.XLS, FormFileName.of("名册.xls").announcedType());
        assertEquals("JPG", FormFileName.of("scan.JPG").extension());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.exe", "a.html", "a.svg", "a.zip", "a.docm", "noextension", ".pdf", "a.", "a.pdf.", "a.pdf.exe"})
    void refusesOtherExtensions(String name) {
        assertEquals("blankForm.extensionNotAllowed", refusal(name));
    }

    @Test
    void refusesControlAndInvisibleCharacters() {
        assertEquals("blankForm.nameControl", refusal("a\u0000b.pdf"));
        assertEquals("blankForm.nameControl", refusal("a\nb.pdf"));
        assertEquals("blankForm.nameControl", refusal("a\u007fb.pdf"));
        // right-to-left override: "申请表\u202Efdp.exe" shows as "申请表exe.pdf"
        assertEquals("blankForm.nameControl", refusal("申请表\u202Eexe.pdf"));
        assertEquals("blankForm.nameControl", refusal("a\u200bb.pdf"));
    }

    @Test
    void refusesWhatNoWindowsFileNameHolds() {
        assertEquals("blankForm.nameForbiddenCharacter", refusal("a<b>.pdf"));
        assertEquals("blankForm.nameForbiddenCharacter", refusal("a\"b\".pdf"));
        assertEquals("blankForm.nameForbiddenCharacter", refusal("what?.pdf"));
        assertEquals("blankForm.nameForbiddenCharacter", refusal("C:a.pdf"));
    }

    @Test
    void refusesMissingAndOverlongNames() {
        assertEquals("blankForm.nameMissing", refusal(null));
        assertEquals("blankForm.nameMissing", refusal("   "));
        assertEquals("blankForm.nameMissing", refusal("folder/"));
        String longest = "表".repeat(FormFileName.MAX_LENGTH - 4) + ".pdf";
        assertEquals(longest, FormFileName.of(longest).value());
        assertEquals("blankForm.nameTooLong", refusal("表" + longest));
    }

    @Test
    void contentDispositionCarriesTheExactNameAndAnAsciiFallback() {
        assertEquals("attachment; filename=\"form.docx\"; "
                        + "filename*=UTF-8''%E7%94%B3%E8%AF%B7%E8%A1%A8%EF%BC%88%E5%A4%87%E6%A1%88%EF%BC%89.docx",
                FormFileName.of("申请表（备案）.docx").contentDisposition());
        assertEquals("attachment; filename=\"ZJJ-001 _ v2.pdf\"; filename*=UTF-8''ZJJ-001%20%E7%94%B3%E8%AF%B7%E8%A1%A8%20v2.pdf",
                FormFileName.of("ZJJ-001 申请表 v2.pdf").contentDisposition());
        assertEquals("attachment; filename=\"plain-name_1.pdf\"; filename*=UTF-8''plain-name_1.pdf",
                FormFileName.of("plain-name_1.pdf").contentDisposition());
    }

    @Test
    void theAsciiFallbackNeverBreaksTheHeader() {
        assertEquals("a_b.pdf", FormFileName.of("a;b.pdf").asciiFallback());
        assertEquals("100_ sure.pdf", FormFileName.of("100% sure.pdf").asciiFallback());
        assertEquals("form.jpg", FormFileName.of("照片.JPG").asciiFallback());
        assertEquals("attachment; filename=\"it's.pdf\"; filename*=UTF-8''it%27s.pdf",
                FormFileName.of("it's.pdf").contentDisposition());
        assertEquals("form.pdf", FormFileName.of("（）.pdf").asciiFallback());
    }

    private static String refusal(String name) {
        return assertThrows(BusinessException.class, () -> FormFileName.of(name)).key();
    }
}
