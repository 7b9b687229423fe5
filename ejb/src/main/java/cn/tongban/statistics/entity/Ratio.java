package cn.tongban.statistics.entity;

import java.io.Serializable;

/**
 * A quotient counted by the database as its two sums, e.g. the stars given over the ratings. Divided here, so
 * that every database answers the same and an empty denominator reads as "no figure" rather than zero.
 */
public record Ratio(long numerator, long denominator) implements Serializable {

    public static final Ratio NONE = new Ratio(0, 0);

    public Ratio {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("A ratio of counts is never negative: " + numerator + "/" + denominator);
        }
    }

    public boolean isDefined() {
        return denominator > 0;
    }

    /** The quotient, or null when there is nothing to divide by. */
    public Double value() {
        return isDefined() ? (double) numerator / denominator : null;
    }

    /** The quotient rounded half up to {@code decimals} places, or null when undefined; for tables and exports. */
    public Double rounded(int decimals) {
        if (!isDefined()) {
            return null;
        }
        return java.math.BigDecimal.valueOf(numerator)
                .divide(java.math.BigDecimal.valueOf(denominator), decimals, java.math.RoundingMode.HALF_UP)
                .doubleValue();
    }
}
