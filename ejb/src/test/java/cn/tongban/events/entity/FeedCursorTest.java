package cn.tongban.events.entity;

import cn.tongban.platform.entity.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeedCursorTest {

    @Test
    void aCursorReadsBackAsTheSamePosition() {
        for (long position : new long[]{0, 1, 49, 123_456_789L, Long.MAX_VALUE}) {
            assertEquals(position, FeedCursor.parse(new FeedCursor(position).value()).position());
        }
    }

    @Test
    void noCursorIsTheStart() {
        assertEquals(FeedCursor.START, FeedCursor.parse(null));
        assertEquals(FeedCursor.START, FeedCursor.parse("  "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "abc", "%%%", "ZjEu", "ZjEuLTE"})
    void aCursorTheFeedDidNotIssueIsRefused(String text) {
        BusinessException e = assertThrows(BusinessException.class, () -> FeedCursor.parse(text));
        assertEquals(BusinessException.Reason.INVALID, e.reason());
    }

    @Test
    void anOverflowingPositionIsRefused() {
        String tooBig = Base64.getUrlEncoder().withoutPadding().encodeToString("f1.99999999999999999999".getBytes(StandardCharsets.US_ASCII));
        assertThrows(BusinessException.class, () -> FeedCursor.parse(tooBig));
    }
}
