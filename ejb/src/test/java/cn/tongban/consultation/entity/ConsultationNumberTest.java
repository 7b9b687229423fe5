package cn.tongban.consultation.entity;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsultationNumberTest {

    @RepeatedTest(20)
    void anIssuedNumberHasTheDayAndEightCrockfordCharactersAndParsesToItself() {
        String number = ConsultationNumber.issue(LocalDate.of(2026, 11, 25), new Random());
        assertTrue(number.matches("ZX-20261125-[0-9A-HJKMNP-TV-Z]{8}"), number);
        assertEquals(Optional.of(number), ConsultationNumber.parse(number));
    }

    @Test
    void readsANumberAsAPersonTypesIt() {
        assertEquals(Optional.of("ZX-20261125-7K3QM2XA"), ConsultationNumber.parse(" zx-20261125-7k3qm2xa "));
        assertEquals(Optional.of("ZX-20261125-7K3QM2XA"), ConsultationNumber.parse("ZX 20261125 7K3Q M2XA"));
        assertEquals(Optional.of("ZX-20261125-7K3QM2XA"), ConsultationNumber.parse("ZX202611257K3QM2XA"));
        assertEquals(Optional.of("ZX-20261125-0111M2XA"), ConsultationNumber.parse("ZX-20261125-OIL1M2XA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ZX-2026112-7K3QM2XA", "ZX-20261125-7K3QM2X", "AB-20261125-7K3QM2XA",
            "ZX-20261125-7K3QM2XU", "20261125-ZJJ-7K3QM2XAP", "ZX-20261125-7K3QM2XA'--"})
    void refusesWhatCannotBeANumber(String typed) {
        assertEquals(Optional.empty(), ConsultationNumber.parse(typed));
    }

    @Test
    void nullIsNoNumber() {
        assertEquals(Optional.empty(), ConsultationNumber.parse(null));
    }
}
