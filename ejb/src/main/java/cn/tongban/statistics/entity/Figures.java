package cn.tongban.statistics.entity;

import java.io.Serializable;

/**
 * The figures of one row (第二十七条: 效能监察). Each counts the events that happened within the period:
 * applications received (submitted), accepted, decided (准予 or 不予许可) and completed (办结), and the ratings
 * (好差评) given, with their stars.
 *
 * @param received  applications submitted in the period
 * @param accepted  applications accepted (受理) in the period
 * @param decided   decisions (准予 or 不予许可) taken in the period
 * @param completed applications completed (办结) in the period
 * @param stars     the stars given over the ratings given in the period; its denominator counts the ratings
 */
public record Figures(long received, long accepted, long decided, long completed, Ratio stars) implements Serializable {

    public static final Figures NONE = new Figures(0, 0, 0, 0, Ratio.NONE);

    /** The number of ratings given in the period. */
    public long ratings() {
        return stars.denominator();
    }

    /** The average rating to one decimal, or null when nobody rated. */
    public Double averageStars() {
        return stars.rounded(1);
    }
}
