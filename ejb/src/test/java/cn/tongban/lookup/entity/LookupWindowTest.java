package cn.tongban.lookup.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LookupWindowTest {

    private static final LookupWindow FIVE_IN_15 = new LookupWindow(5, Duration.ofMinutes(15));
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    private static OffsetDateTime minutesAgo(long minutes) {
        return NOW.minusMinutes(minutes);
    }

    @Test
    void fewerFailuresThanTheLimitPass() {
        assertEquals(Optional.empty(), FIVE_IN_15.retryAfter(List.of(), NOW));
        assertEquals(Optional.empty(), FIVE_IN_15.retryAfter(
                List.of(minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4)), NOW));
    }

    @Test
    void theLimitReachedRefusesUntilTheOldestCountingFailureLeavesTheWindow() {
        var five = List.of(minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), minutesAgo(10));
        assertEquals(Optional.of(Duration.ofMinutes(5)), FIVE_IN_15.retryAfter(five, NOW));
    }

    @Test
    void withMoreFailuresThanTheLimitTheFifthNewestDecides() {
        var six = List.of(minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), minutesAgo(6), minutesAgo(12));
        assertEquals(Optional.of(Duration.ofMinutes(9)), FIVE_IN_15.retryAfter(six, NOW));
    }

    @Test
    void aFailureExactlyAWindowAgoNoLongerCounts() {
        var five = List.of(minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), minutesAgo(15));
        assertEquals(Optional.empty(), FIVE_IN_15.retryAfter(five, NOW));
        assertEquals(NOW.minusMinutes(15), FIVE_IN_15.since(NOW));
    }

    @Test
    void waitsRoundUpForPeopleAndForRetryAfter() {
        assertEquals(1, LookupWindow.minutes(Duration.ofSeconds(1)));
        assertEquals(1, LookupWindow.minutes(Duration.ofSeconds(60)));
        assertEquals(2, LookupWindow.minutes(Duration.ofSeconds(61)));
        assertEquals(15, LookupWindow.minutes(Duration.ofMinutes(15)));
        assertEquals(1, LookupWindow.seconds(Duration.ofMillis(10)));
        assertEquals(61, LookupWindow.seconds(Duration.ofMillis(60_001)));
        assertEquals(60, LookupWindow.seconds(Duration.ofSeconds(60)));
    }

    @Test
    void aWindowNeedsAPositiveLimitAndLength() {
        assertThrows(IllegalArgumentException.class, () -> new LookupWindow(0, Duration.ofMinutes(15)));
        assertThrows(IllegalArgumentException.class, () -> new LookupWindow(5, Duration.ZERO));
    }
}
