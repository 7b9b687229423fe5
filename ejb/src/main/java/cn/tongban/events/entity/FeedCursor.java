package cn.tongban.events.entity;

import cn.tongban.platform.entity.BusinessException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a reader of the feed stands: after a position. Opaque to partners (they keep it and send it back), so
 * the feed may change how it counts without breaking them; a cursor that was not issued here is refused.
 */
public record FeedCursor(long position) {

    public static final FeedCursor START = new FeedCursor(0);
    private static final String PREFIX = "f1.";

    public FeedCursor {
        if (position < 0) {
            throw new IllegalArgumentException("position " + position);
        }
    }

    /** The cursor a caller sent, or the start of the feed when there is none. */
    public static FeedCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.US_ASCII);
            if (decoded.startsWith(PREFIX) && decoded.length() > PREFIX.length() && decoded.length() <= PREFIX.length() + 19
                    && decoded.substring(PREFIX.length()).chars().allMatch(c -> c >= '0' && c <= '9')) {
                return new FeedCursor(Long.parseLong(decoded.substring(PREFIX.length())));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw BusinessException.invalid("events.badCursor");
    }

    public String value() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return value();
    }
}
