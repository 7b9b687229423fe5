package cn.tongban.it.apply;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Small files and identities for the apply tests: a real PDF, a program in disguise, the EICAR test file. */
final class Files {

    private Files() {
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n" + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
    }

    /** A Windows program: what a ".pdf" from the wrong place may really be. */
    static byte[] program() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        return exe;
    }

    /** A PDF carrying the EICAR anti-virus test string, which every scanner reports. */
    static byte[] infectedPdf() {
        return ("%PDF-1.4\nX5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] bigPdf(int size) {
        byte[] big = new byte[size];
        byte[] head = pdf();
        System.arraycopy(head, 0, big, 0, head.length);
        return big;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A fresh valid resident identity number (GB 11643) of someone born in Dongguan. */
    static String newIdNumber() {
        var random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15000));
        String body = "441900" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
