package cn.tongban.changes.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.tongban.changes.entity.ChangeRequestStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeRequestStatusTest {

    /** The lifecycle of 第十六条, written out once more to check the enum against. */
    private static final Map<ChangeRequestStatus, Set<ChangeRequestStatus>> ALLOWED = Map.of(
            PENDING, EnumSet.of(APPLIED, REJECTED, WITHDRAWN),
            APPLIED, EnumSet.noneOf(ChangeRequestStatus.class),
            REJECTED, EnumSet.noneOf(ChangeRequestStatus.class),
            WITHDRAWN, EnumSet.noneOf(ChangeRequestStatus.class));

    @ParameterizedTest
    @EnumSource(ChangeRequestStatus.class)
    void everyAllowedAndEveryRefusedTransition(ChangeRequestStatus from) {
        for (ChangeRequestStatus to : ChangeRequestStatus.values()) {
            assertEquals(ALLOWED.get(from).contains(to), from.mayMoveTo(to), from + " -> " + to);
        }
    }

    @Test
    void onlyPendingIsOpen() {
        assertFalse(PENDING.isFinal());
        assertTrue(APPLIED.isFinal());
        assertTrue(REJECTED.isFinal());
        assertTrue(WITHDRAWN.isFinal());
    }
}
