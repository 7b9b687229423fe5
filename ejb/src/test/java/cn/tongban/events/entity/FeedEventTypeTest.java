package cn.tongban.events.entity;

import cn.tongban.applications.entity.Step;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedEventTypeTest {

    @Test
    void everyStepOfTheTimelineIsAnEvent() {
        Arrays.stream(Step.values()).forEach(step -> assertTrue(FeedEventType.of(step).wireName().startsWith("application.")));
    }

    @Test
    void wireNamesAreDottedAndHyphenated() {
        assertEquals("application.submitted", FeedEventType.APPLICATION_SUBMITTED.wireName());
        assertEquals("application.branch-agreed", FeedEventType.of(Step.BRANCH_AGREED).wireName());
        assertEquals("task.opened", FeedEventType.TASK_OPENED.wireName());
        assertEquals("deadline.warning-raised", FeedEventType.DEADLINE_WARNING_RAISED.wireName());
    }
}
