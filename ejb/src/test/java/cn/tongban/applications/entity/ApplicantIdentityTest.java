package cn.tongban.applications.entity;

import cn.tongban.accounts.entity.AccountKind;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApplicantIdentityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void aPersonWithAValidIdNumber() {
        var person = ApplicantIdentity.of("PERSON", " 张三 ", "441900199003071238",
                null, "+86 138-0013-8000", "zhangsan@example.cn", TODAY);
        assertEquals(AccountKind.PERSON, person.type());
        assertEquals("张三", person.name());
        assertEquals("441900199003071238", person.identityNumber());
        assertEquals("13800138000", person.phone());
    }

    @Test
    void anEnterpriseWithAValidCreditCode() {
        var enterprise = ApplicantIdentity.of("ENTERPRISE", "东莞示例科技有限公司", null, "91441900ma4w1xy90t", null, null, TODAY);
        assertEquals("91441900MA4W1XY90T", enterprise.identityNumber());
    }

    @Test
    void everyDefectIsReportedAtOnce() {
        var e = assertThrows(BusinessException.class, () ->
                ApplicantIdentity.of("PERSON", "", "441900199003071239", "91441900MA4W1XY90T", "12345", "not-an-address", TODAY));
        assertEquals(java.util.List.of("applicant.name", "applicant.creditCode", "applicant.idNumber", "applicant.phone",
                "applicant.email"), e.violations().stream().map(Violation::field).toList());
        assertEquals("form.idCard", e.violations().get(2).key());
    }

    @Test
    void theTypeMustBeKnown() {
        var e = assertThrows(BusinessException.class, () -> ApplicantIdentity.of("ROBOT", "x", null, null, null, null, TODAY));
        assertEquals("applicant.type", e.violations().get(0).field());
    }

    @Test
    void anEnterpriseNeedsItsCreditCode() {
        var e = assertThrows(BusinessException.class, () ->
                ApplicantIdentity.of("ENTERPRISE", "某公司", null, "91441900MA4W1XY90A", null, null, TODAY));
        assertEquals("form.creditCode", e.violations().get(0).key());
    }
}
