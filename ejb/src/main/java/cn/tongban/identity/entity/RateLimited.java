package cn.tongban.identity.entity;

import cn.tongban.platform.entity.BusinessException;

/**
 * A partner system made more requests in the current window than its limit allows; refused until the window
 * ends. The API answers 429 Too Many Requests with {@code Retry-After}.
 */
public class RateLimited extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public RateLimited(int limit, long windowSeconds, long retryAfterSeconds) {
        super(Reason.FORBIDDEN, "partner.rateLimited", limit, windowSeconds, retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
