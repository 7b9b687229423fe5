package cn.tongban.identity.entity;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * How a caller of the API signed in, and whether that way is allowed for it (第二十条). A partner system
 * authenticates with the client certificate issued to its PARTNER account; HTTP Basic for partner systems is
 * a convenience of development and tests that production switches off ({@code tongban.partner.basic-enabled}).
 * Applicants and staff use Basic.
 */
public enum SignInScheme {
    CLIENT_CERT, BASIC, NONE, OTHER;

    /** The scheme of a servlet/JAX-RS authentication type ({@code "CLIENT_CERT"}, {@code "BASIC"}, null). */
    public static SignInScheme of(String authenticationType) {
        if (authenticationType == null || authenticationType.isBlank()) {
            return NONE;
        }
        return switch (authenticationType.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_')) {
            case "CLIENT_CERT" -> CLIENT_CERT;
            case "BASIC" -> BASIC;
            default -> OTHER;
        };
    }

    /**
     * Why a caller that signed in this way is refused, as a message key; empty when it may go on.
     *
     * @param partner             whether the caller holds the PARTNER role
     * @param basicEnabled        whether partners may use HTTP Basic
     * @param certificateInForce  asked only for a certificate: whether its partner account is enabled and the
     *                            certificate not revoked, at this request
     */
    public Optional<String> refusal(boolean partner, boolean basicEnabled, BooleanSupplier certificateInForce) {
        return switch (this) {
            case CLIENT_CERT -> partner && certificateInForce.getAsBoolean()
                    ? Optional.empty() : Optional.of("partner.certificateRevoked");
            case BASIC -> partner && !basicEnabled ? Optional.of("partner.basicDisabled") : Optional.empty();
            case NONE, OTHER -> Optional.empty();
        };
    }
}
