package cn.tongban.applications.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EicarOnlyVirusScanTest {

    @Test
    void theEicarTestFileIsReportedWhereverItIs() {
        byte[] pdf = "%PDF-1.4\nX5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals("EICAR-Test-File", new EicarOnlyVirusScan().scan("a.pdf", pdf).threat());
    }

    @Test
    void anythingElseIsClean() {
        assertTrue(new EicarOnlyVirusScan().scan("a.pdf", "%PDF-1.4 EICAR".getBytes(StandardCharsets.US_ASCII)).isClean());
        assertTrue(new EicarOnlyVirusScan().scan("a.pdf", new byte[0]).isClean());
    }
}
