package cn.tongban.platform.entity;

import java.io.Serializable;
import java.util.Objects;

/**
 * One invalid field of a request: which field, and why, as a message key of
 * {@code cn.tongban.platform.messages} with its arguments.
 */
public record Violation(String field, String key, Serializable... arguments) implements Serializable {

    public Violation {
        Objects.requireNonNull(field);
        Objects.requireNonNull(key);
        arguments = arguments.clone();
    }
}
