package cn.tongban.identity.control;

import cn.tongban.identity.entity.RateLimited;
import cn.tongban.identity.entity.RateWindow;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts requests per caller in the current window, in this node's memory. One atomic update per request and no
 * database write: a database counter would add a write and a lock on one hot row to every partner request,
 * at hundreds of requests per second. The price is that each node counts alone; behind a load balancer of n
 * nodes a partner can make up to n times its limit, so the limit is set per node (see README).
 */
public class RateCounters {

    /** A caller's requests in one window; {@code accepted} tells whether the last one was let through. */
    private record Count(long window, int requests, boolean accepted) {
    }

    private final ConcurrentMap<String, Count> counts = new ConcurrentHashMap<>();

    /**
     * Counts a request of {@code caller} at {@code epochMillis}, or refuses it when the caller has used up its
     * limit in this window (a refused request is not counted).
     */
    public void count(String caller, RateWindow rule, long epochMillis) {
        long window = rule.windowOf(epochMillis);
        Count count = counts.compute(caller, (key, before) -> {
            if (before == null || before.window() != window) {
                return new Count(window, 1, true);
            }
            return before.requests() < rule.limit()
                    ? new Count(window, before.requests() + 1, true)
                    : new Count(window, before.requests(), false);
        });
        if (!count.accepted()) {
            throw new RateLimited(rule.limit(), rule.length().toSeconds(), rule.secondsLeft(epochMillis));
        }
    }
}
