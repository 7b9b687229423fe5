package cn.tongban.forms;

/**
 * Check characters computed the long way, from the definitions of the standards rather than the tables the
 * production code uses, so a test compares two independent derivations.
 */
public final class ReferenceNumbers {

    public static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private ReferenceNumbers() {
    }

    /**
     * ISO 7064 MOD 11-2 as GB 11643-1999 states it: the weight of position i (counted from 18 at the left to 1
     * at the check character) is 2^(i-1) mod 11, and the check character a1 satisfies
     * sum(ai * Wi) for i = 1..18 ≡ 1 (mod 11), with 10 written X.
     */
    public static String idCard(String first17) {
        if (!first17.matches("\\d{17}")) {
            throw new IllegalArgumentException(first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int position = 18 - i;
            int weight = 1;
            for (int p = 1; p < position; p++) {
                weight = weight * 2 % 11;
            }
            sum += (first17.charAt(i) - '0') * weight;
        }
        for (int check = 0; check <= 10; check++) {
            if ((sum + check) % 11 == 1) {
                return first17 + (check == 10 ? "X" : String.valueOf(check));
            }
        }
        throw new AssertionError("no check character");
    }

    /** GB 32100-2015: weights 3^(i-1) mod 31, and the 18th character makes the weighted sum ≡ 0 (mod 31). */
    public static String creditCode(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException(first17);
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            int value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException(first17);
            }
            sum += value * weight;
            weight = weight * 3 % 31;
        }
        for (int check = 0; check < 31; check++) {
            if ((sum + check) % 31 == 0) {
                return first17 + CREDIT_CODE_ALPHABET.charAt(check);
            }
        }
        throw new AssertionError("no check character");
    }
}
