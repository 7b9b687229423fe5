package cn.tongban.applications.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.tongban.applications.entity.ApplicationStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationStatusTest {

    /** The lifecycle as the law describes it, written out once more to check the enum against. */
    private static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED = Map.of(
            SUBMITTED, EnumSet.of(ACCEPTED, NOT_ACCEPTED, CORRECTION_REQUESTED, WITHDRAWN),
            CORRECTION_REQUESTED, EnumSet.of(SUBMITTED, UNDER_REVIEW, WITHDRAWN),
            ACCEPTED, EnumSet.of(UNDER_REVIEW, CORRECTION_REQUESTED, WITHDRAWN),
            UNDER_REVIEW, EnumSet.of(APPROVED, REJECTED, CORRECTION_REQUESTED, WITHDRAWN),
            APPROVED, EnumSet.of(COMPLETED),
            REJECTED, EnumSet.of(COMPLETED),
            NOT_ACCEPTED, EnumSet.noneOf(ApplicationStatus.class),
            COMPLETED, EnumSet.noneOf(ApplicationStatus.class),
            WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void everyAllowedAndEveryRefusedTransition(ApplicationStatus from) {
        for (ApplicationStatus to : ApplicationStatus.values()) {
            assertEquals(ALLOWED.get(from).contains(to), from.mayMoveTo(to), from + " -> " + to);
        }
    }

    @Test
    void finalStatesLeadNowhere() {
        assertTrue(NOT_ACCEPTED.isFinal());
        assertTrue(COMPLETED.isFinal());
        assertTrue(WITHDRAWN.isFinal());
        assertFalse(SUBMITTED.isFinal());
    }

    @Test
    void noWithdrawalAfterTheDecision() {
        for (ApplicationStatus s : ApplicationStatus.values()) {
            if (s.isDecided()) {
                assertFalse(s.mayMoveTo(WITHDRAWN), s.name());
            }
        }
    }

    @Test
    void acceptanceOnlyFromSubmitted() {
        for (ApplicationStatus s : ApplicationStatus.values()) {
            assertEquals(s == SUBMITTED, s.mayMoveTo(ACCEPTED), s.name());
        }
    }
}
