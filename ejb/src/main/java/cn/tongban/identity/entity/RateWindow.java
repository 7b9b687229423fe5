package cn.tongban.identity.entity;

import java.time.Duration;

/**
 * The rate limit's rule: at most {@code limit} requests per fixed window of {@code length}, counted from the
 * epoch so that every caller's windows start together. A fixed window lets a burst of up to twice the limit
 * straddle a boundary; that is acceptable for protecting the server and costs one counter per caller.
 */
public record RateWindow(int limit, Duration length) {

    public RateWindow {
        if (limit < 1 || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a positive limit and window: " + limit + ", " + length);
        }
    }

    /** The window an instant (epoch milliseconds) falls in. */
    public long windowOf(long epochMillis) {
        return Math.floorDiv(epochMillis, length.toMillis());
    }

    /** Whole seconds, rounded up and at least 1, until the window of {@code epochMillis} ends: HTTP's Retry-After. */
    public long secondsLeft(long epochMillis) {
        long end = (windowOf(epochMillis) + 1) * length.toMillis();
        return Math.max(1, (end - epochMillis + 999) / 1000);
    }
}
