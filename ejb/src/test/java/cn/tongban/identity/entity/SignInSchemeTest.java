package cn.tongban.identity.entity;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignInSchemeTest {

    private static final BooleanSupplier NOT_ASKED = () -> {
        throw new AssertionError("only certificates are looked up");
    };

    @Test
    void readsTheServletAuthenticationTypes() {
        assertEquals(SignInScheme.CLIENT_CERT, SignInScheme.of("CLIENT_CERT"));
        assertEquals(SignInScheme.CLIENT_CERT, SignInScheme.of("CLIENT-CERT"));
        assertEquals(SignInScheme.BASIC, SignInScheme.of("BASIC"));
        assertEquals(SignInScheme.NONE, SignInScheme.of(null));
        assertEquals(SignInScheme.OTHER, SignInScheme.of("FORM"));
    }

    @Test
    void aPartnerMayUseBasicOnlyWhileItIsSwitchedOn() {
        assertEquals(Optional.empty(), SignInScheme.BASIC.refusal(true, true, NOT_ASKED));
        assertEquals(Optional.of("partner.basicDisabled"), SignInScheme.BASIC.refusal(true, false, NOT_ASKED));
    }

    @Test
    void applicantsAndStaffUseBasicWhateverTheSwitch() {
        assertEquals(Optional.empty(), SignInScheme.BASIC.refusal(false, false, NOT_ASKED));
        assertEquals(Optional.empty(), SignInScheme.BASIC.refusal(false, true, NOT_ASKED));
    }

    @Test
    void aCertificateIsAcceptedWhileItsPartnerAccountIsInForce() {
        assertEquals(Optional.empty(), SignInScheme.CLIENT_CERT.refusal(true, false, () -> true));
        assertEquals(Optional.of("partner.certificateRevoked"), SignInScheme.CLIENT_CERT.refusal(true, true, () -> false));
        assertEquals(Optional.of("partner.certificateRevoked"), SignInScheme.CLIENT_CERT.refusal(false, true, () -> true));
    }

    @Test
    void anonymousCallersAreLeftToTheResources() {
        assertEquals(Optional.empty(), SignInScheme.NONE.refusal(false, false, NOT_ASKED));
    }
}
