package cn.tongban.notices.control;

import cn.tongban.applications.entity.Step;
import cn.tongban.notices.entity.NoticeKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticeTextsTest {

    @Test
    void theApplicantIsToldOfTheNoticesStepsCompletionAndWithdrawalOnly() {
        Set<Step> told = EnumSet.of(Step.ACCEPTED, Step.CORRECTION_REQUESTED, Step.NOT_ACCEPTED, Step.APPROVED,
                Step.REJECTED, Step.COMPLETED, Step.WITHDRAWN);
        for (Step step : Step.values()) {
            assertEquals(told.contains(step), NoticeTexts.isNotified(step), step.name());
            boolean hasText = NoticeTexts.chinese().stepMessage(step, "事项", "R") != null;
            assertEquals(told.contains(step), hasText, "Chinese text of " + step);
            assertEquals(told.contains(step), NoticeTexts.english().stepMessage(step, "matter", "R") != null,
                    "English text of " + step);
        }
        assertNull(NoticeTexts.chinese().stepMessage(Step.REVIEWED, "事项", "R"), "reviews stay inside the departments");
    }

    @Test
    void theBodyNamesTheMatterTheDayAndTheReceiptNumberAndTheArticle() {
        NoticeContent content = NoticePdfTest.notice(NoticeKind.CORRECTION, "补充材料", null);
        String body = NoticeTexts.chinese().body(content);
        assertTrue(body.contains("“建筑工程施工许可证核发”"), body);
        assertTrue(body.contains("2026年11月20日"), body);
        assertTrue(body.contains("20261125-ZJJ-7KQ2M9X4P"), body);
        assertTrue(body.contains("第三十二条"), body);
        assertEquals("2026年1月5日", NoticeTexts.chinese().date(LocalDate.of(2026, 1, 5)));
    }
}
