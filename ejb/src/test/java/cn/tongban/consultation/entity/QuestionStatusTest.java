package cn.tongban.consultation.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.tongban.consultation.entity.QuestionStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionStatusTest {

    /** The life of a question written out once more to check the enum against. */
    private static final Map<QuestionStatus, Set<QuestionStatus>> ALLOWED = Map.of(
            OPEN, EnumSet.of(ANSWERED),
            ANSWERED, EnumSet.of(PUBLISHED, HELD),
            HELD, EnumSet.of(PUBLISHED, REJECTED, WITHDRAWN),
            PUBLISHED, EnumSet.of(WITHDRAWN),
            WITHDRAWN, EnumSet.of(PUBLISHED, HELD),
            REJECTED, EnumSet.noneOf(QuestionStatus.class));

    @ParameterizedTest
    @EnumSource(QuestionStatus.class)
    void everyAllowedAndEveryRefusedTransition(QuestionStatus from) {
        for (QuestionStatus to : QuestionStatus.values()) {
            assertEquals(ALLOWED.get(from).contains(to), from.mayMoveTo(to), from + " -> " + to);
        }
    }

    @Test
    void onlyAnAnsweredOrWithdrawnQuestionCanBePublished() {
        for (QuestionStatus s : QuestionStatus.values()) {
            assertEquals(s == ANSWERED || s == WITHDRAWN, s.isPublishable(), s.name());
        }
    }

    @Test
    void nothingReachesTheFaqWithoutAnAnswer() {
        assertFalse(OPEN.mayMoveTo(PUBLISHED));
        assertFalse(OPEN.mayMoveTo(HELD));
        assertFalse(OPEN.isAnswered());
        for (QuestionStatus s : EnumSet.complementOf(EnumSet.of(OPEN))) {
            assertTrue(s.isAnswered(), s.name());
        }
    }
}
