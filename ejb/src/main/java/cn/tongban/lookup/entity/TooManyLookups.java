package cn.tongban.lookup.entity;

import cn.tongban.platform.entity.BusinessException;

import java.time.Duration;
import java.util.Objects;

/**
 * Lookups from this address or on this receipt number failed too often; refused, whatever the code, until
 * {@link #retryAfter()} has passed (第二十一条). The API answers 429 with {@code Retry-After}.
 */
public class TooManyLookups extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyLookups(Duration retryAfter) {
        super(Reason.FORBIDDEN, "lookup.tooManyAttempts", LookupWindow.minutes(retryAfter));
        this.retryAfter = Objects.requireNonNull(retryAfter);
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
