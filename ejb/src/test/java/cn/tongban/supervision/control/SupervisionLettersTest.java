package cn.tongban.supervision.control;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.DepartmentLevel;
import cn.tongban.notices.control.NoticePdf;
import cn.tongban.supervision.entity.CaseKind;
import cn.tongban.supervision.entity.SupervisionCase;
import cn.tongban.supervision.entity.SupervisionNotice;
import cn.tongban.supervision.entity.SupervisionNoticeKind;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A supervision notice printed on the notices' letterhead and read back: number, violation, requirement, issuers. */
class SupervisionLettersTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    @Test
    void aRectificationNoticeNamesTheViolationTheDeadlineAndBothOffices() throws Exception {
        Department zjj = withId(new Department("ZJJ", "东莞市住房和城乡建设局", null, DepartmentLevel.CITY, null), 1L);
        Department xzfwb = withId(new Department("XZFWB", "服务办", null, DepartmentLevel.CITY, null), 3L);
        Department jcj = withId(new Department("JCJ", "监察局", null, DepartmentLevel.CITY, null), 4L);
        Account office = withId(Account.ofDepartment("office", "x", "黄服务办", xzfwb, Set.of(Role.SERVICE_OFFICE), T0), 10L);
        Account supervisor = withId(Account.ofDepartment("supervisor", "x", "郑监察", jcj, Set.of(Role.SUPERVISOR), T0), 11L);
        SupervisionCase c = withId(SupervisionCase.open(CaseKind.LATE_PREREQUISITE, zjj, null, "消防设计审查逾期三个工作日未答复。", T0), 50L);
        c.number();
        SupervisionNotice notice = c.draftNotice(office, Role.SERVICE_OFFICE, SupervisionNoticeKind.RECTIFICATION,
                "限期答复并说明逾期原因。", LocalDate.of(2026, 12, 9), 1, "K7M2P9QX", T0);
        c.cosign(notice, supervisor, Role.SUPERVISOR, T0.plusHours(2), null);

        SupervisionLetters letters = new SupervisionLetters();
        letters.pdf = new NoticePdf();
        String text = new PdfTextExtractor(new PdfReader(letters.pdf(notice))).getTextFromPage(1);
        assertTrue(text.contains("JC-2026-000050-Z1"), text);
        assertTrue(text.contains("效能监察整改通知"), "the title");
        assertTrue(text.contains("前置审批单位不按规定时限作出批复回应"), "the violation of 第二十七条(四)");
        assertTrue(text.contains("2026年12月9日"), "the date to rectify by");
        assertTrue(text.contains("限期答复并说明逾期原因"), "the requirement");
        assertTrue(text.contains("消防设计审查逾期"), "the facts");
        assertTrue(text.contains("东莞市行政服务管理办公室") && text.contains("东莞市监察局"), "issued by both (会同)");
        assertTrue(text.contains("K7M2P9QX"), "the verification code");
    }

    private static <T> T withId(T entity, long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }
}
