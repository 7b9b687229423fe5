package cn.tongban.applications.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;

/**
 * The scanner when no real one is connected: it knows no virus, only the EICAR anti-virus test file, which every
 * scanner reports as infected. So the refusal of an infected upload can be tried out end to end, and an operator
 * sees at once whether a real scanner has replaced this one (with it, EICAR is refused too).
 */
@ApplicationScoped
public class EicarOnlyVirusScan implements VirusScan {

    private static final byte[] EICAR = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
            .getBytes(StandardCharsets.US_ASCII);

    @Override
    public Verdict scan(String fileName, byte[] content) {
        return contains(content, EICAR) ? Verdict.infected("EICAR-Test-File") : Verdict.CLEAN;
    }

    private static boolean contains(byte[] content, byte[] pattern) {
        outer:
        for (int i = 0; i <= content.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (content[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
