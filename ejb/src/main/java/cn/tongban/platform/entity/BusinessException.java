package cn.tongban.platform.entity;

import jakarta.ejb.ApplicationException;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A refused request: the caller asked for something the rules do not allow. It rolls the transaction back,
 * so a refused request changes nothing. The message is a key of {@code cn.tongban.platform.messages},
 * resolved in the caller's language by whoever shows it (a JSF page, a problem+json answer).
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "cn.tongban.platform.messages";

    /** What kind of refusal this is; the REST layer maps it to an HTTP status. */
    public enum Reason {
        INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, UNPROCESSABLE
    }

    private final Reason reason;
    private final String key;
    private final Object[] arguments;
    private final List<Violation> violations;

    public BusinessException(Reason reason, String key, Object... arguments) {
        this(reason, List.of(), key, arguments);
    }

    private BusinessException(Reason reason, List<Violation> violations, String key, Object... arguments) {
        super(key);
        this.reason = Objects.requireNonNull(reason);
        this.key = Objects.requireNonNull(key);
        this.arguments = arguments.clone();
        this.violations = List.copyOf(violations);
    }

    /** A request with invalid fields, each named with its reason. */
    public static BusinessException invalidFields(List<Violation> violations) {
        return new BusinessException(Reason.INVALID, violations, "request.invalidFields", violations.size());
    }

    public static BusinessException notFound(String key, Object... arguments) {
        return new BusinessException(Reason.NOT_FOUND, key, arguments);
    }

    public static BusinessException invalid(String key, Object... arguments) {
        return new BusinessException(Reason.INVALID, key, arguments);
    }

    public static BusinessException forbidden(String key, Object... arguments) {
        return new BusinessException(Reason.FORBIDDEN, key, arguments);
    }

    public static BusinessException conflict(String key, Object... arguments) {
        return new BusinessException(Reason.CONFLICT, key, arguments);
    }

    public static BusinessException unprocessable(String key, Object... arguments) {
        return new BusinessException(Reason.UNPROCESSABLE, key, arguments);
    }

    public Reason reason() {
        return reason;
    }

    public String key() {
        return key;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The message in Chinese, or in English when the caller asked for English; the key if the bundle lacks it. */
    public String message(Locale locale) {
        return text(locale, key, arguments);
    }

    /** A violation's reason, in the same language rules as {@link #message(Locale)}. */
    public static String message(Violation violation, Locale locale) {
        return text(locale, violation.key(), (Object[]) violation.arguments());
    }

    private static String text(Locale locale, String key, Object... arguments) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, BusinessException.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), language).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    @Override
    public String getMessage() {
        return message(Locale.SIMPLIFIED_CHINESE);
    }
}
