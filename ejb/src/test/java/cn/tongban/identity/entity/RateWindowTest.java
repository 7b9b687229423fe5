package cn.tongban.identity.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RateWindowTest {

    private final RateWindow minute = new RateWindow(10, Duration.ofSeconds(60));

    @Test
    void windowsStartTogetherFromTheEpoch() {
        assertEquals(0, minute.windowOf(59_999));
        assertEquals(1, minute.windowOf(60_000));
    }

    @Test
    void retryAfterIsTheRestOfTheWindowInWholeSecondsRoundedUp() {
        assertEquals(60, minute.secondsLeft(0));
        assertEquals(30, minute.secondsLeft(30_000));
        assertEquals(31, minute.secondsLeft(29_500));
        assertEquals(1, minute.secondsLeft(59_999));
    }

    @Test
    void aLimitAndAWindowArePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RateWindow(0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RateWindow(1, Duration.ZERO));
    }
}
