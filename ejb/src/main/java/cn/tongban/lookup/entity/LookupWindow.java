package cn.tongban.lookup.entity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The throttle's rule (第二十一条): at most {@code limit} failures within a sliding {@code window}; once a key
 * has had them, further lookups are refused until the oldest of the last {@code limit} failures leaves the
 * window.
 */
public record LookupWindow(int limit, Duration window) {

    public LookupWindow {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A throttle needs a positive limit and window: " + limit + ", " + window);
        }
    }

    /** The earliest failure that still counts at {@code now}. */
    public OffsetDateTime since(OffsetDateTime now) {
        return now.minus(window);
    }

    /**
     * How long lookups stay refused, given the newest failures within the window, newest first (at most
     * {@link #limit()} are needed); empty when the next lookup may go ahead.
     */
    public Optional<Duration> retryAfter(List<OffsetDateTime> newestFirst, OffsetDateTime now) {
        if (newestFirst.size() < limit) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, newestFirst.get(limit - 1).plus(window));
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** A wait as whole minutes for people, rounded up: "try again in 1 minute" rather than in 0. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** A wait as whole seconds for HTTP's Retry-After, rounded up. */
    public static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }
}
