package cn.tongban.notices.entity;

import cn.tongban.applications.entity.Step;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticeTest {

    @Test
    void theNumberIsTheReceiptNumberAndThePlaceAmongTheApplicationsNotices() {
        assertEquals("20261125-ZJJ-7KQ2M9X4P-N1", Notice.number("20261125-ZJJ-7KQ2M9X4P", 1));
        assertEquals("20261125-ZJJ-7KQ2M9X4P-N12", Notice.number("20261125-ZJJ-7KQ2M9X4P", 12));
    }

    @Test
    void theFiveStepsOfSection32And38IssueANoticeAndNoOtherDoes() {
        assertEquals(Optional.of(NoticeKind.ACCEPTANCE), NoticeKind.issuedBy(Step.ACCEPTED));
        assertEquals(Optional.of(NoticeKind.CORRECTION), NoticeKind.issuedBy(Step.CORRECTION_REQUESTED));
        assertEquals(Optional.of(NoticeKind.NON_ACCEPTANCE), NoticeKind.issuedBy(Step.NOT_ACCEPTED));
        assertEquals(Optional.of(NoticeKind.APPROVAL), NoticeKind.issuedBy(Step.APPROVED));
        assertEquals(Optional.of(NoticeKind.REJECTION), NoticeKind.issuedBy(Step.REJECTED));
        for (Step step : new Step[]{Step.SUBMITTED, Step.REVIEWED, Step.BRANCH_AGREED, Step.COMPLETED, Step.WITHDRAWN}) {
            assertEquals(Optional.empty(), NoticeKind.issuedBy(step), step.name());
        }
        assertTrue(NoticeKind.REJECTION.citesLegalBasis());
        assertFalse(NoticeKind.ACCEPTANCE.citesLegalBasis());
    }

    @Test
    void verificationCodesAreRandomFromAnUnambiguousAlphabet() {
        Random random = new Random(7);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCode.issue(random);
            assertTrue(code.matches("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}"), code);
            codes.add(code);
        }
        assertEquals(1000, codes.size());
    }

    @Test
    void aCodeMatchesAsTypedInAnyCaseAndNothingElseDoes() {
        assertTrue(VerificationCode.matches("K7M2P9QX", "K7M2P9QX"));
        assertTrue(VerificationCode.matches("K7M2P9QX", " k7m2p9qx "));
        assertFalse(VerificationCode.matches("K7M2P9QX", "K7M2P9QY"));
        assertFalse(VerificationCode.matches("K7M2P9QX", "K7M2P9Q"));
        assertFalse(VerificationCode.matches("K7M2P9QX", ""));
        assertFalse(VerificationCode.matches("K7M2P9QX", null));
    }
}
