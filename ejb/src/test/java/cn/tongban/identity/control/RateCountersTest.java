package cn.tongban.identity.control;

import cn.tongban.identity.entity.RateLimited;
import cn.tongban.identity.entity.RateWindow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RateCountersTest {

    private final RateWindow threePerMinute = new RateWindow(3, Duration.ofSeconds(60));
    private final RateCounters counters = new RateCounters();

    @Test
    void requestsUpToTheLimitPassAndTheNextIsRefusedUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            long at = 1_000 + i;
            assertDoesNotThrow(() -> counters.count("partner", threePerMinute, at));
        }
        RateLimited refused = assertThrows(RateLimited.class, () -> counters.count("partner", threePerMinute, 20_000));
        assertEquals(40, refused.retryAfterSeconds());
        assertEquals("partner.rateLimited", refused.key());
        assertDoesNotThrow(() -> counters.count("partner", threePerMinute, 60_000));
    }

    @Test
    void eachPartnerHasItsOwnCount() {
        for (int i = 0; i < 3; i++) {
            counters.count("partner", threePerMinute, 1_000);
        }
        assertThrows(RateLimited.class, () -> counters.count("partner", threePerMinute, 1_000));
        assertDoesNotThrow(() -> counters.count("swuj.partner", threePerMinute, 1_000));
    }

    @Test
    void concurrentRequestsNeverPassMoreThanTheLimit() throws Exception {
        RateWindow hundred = new RateWindow(100, Duration.ofSeconds(60));
        AtomicInteger passed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1_000; i++) {
            pool.execute(() -> {
                try {
                    counters.count("partner", hundred, 5_000);
                    passed.incrementAndGet();
                } catch (RateLimited expected) {
                    // refused
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        assertEquals(100, passed.get());
    }
}
