package cn.tongban.statistics.entity;

import java.io.Serializable;

/**
 * The figures of one row (第二十七条: 效能监察). Each counts the events that happened within the period:
 * applications received (submitted), accepted, decided (准予 or 不予许可) and completed (办结), the ratings (好差评)
 * given with their stars, the decisions' punctuality and working days used, the deadline alerts issued, the
 * complaints filed; and the tasks overdue now.
 *
 * @param received  applications submitted in the period
 * @param accepted  applications accepted (受理) in the period
 * @param decided   decisions (准予 or 不予许可) taken in the period
 * @param completed applications completed (办结) in the period
 * @param stars     the stars given over the ratings given in the period; its denominator counts the ratings
 * @param onTime    of the decisions taken in the period with a promised time limit, those on or before it
 * @param daysUsed  the working days from acceptance to decision (suspensions not counted) over the decisions
 * @param overdue   tasks open now past their due day, whatever the period
 * @param warnings  yellow warnings (预警) issued in the period
 * @param alarms    red alarms (超时告警) issued in the period
 * @param complaints complaints and reports (投诉、检举, 第十二条) filed about the department in the period
 */
public record Figures(long received, long accepted, long decided, long completed, Ratio stars, Ratio onTime,
                      Ratio daysUsed, long overdue, long warnings, long alarms, long complaints) implements Serializable {

    public static final Figures NONE = new Figures(0, 0, 0, 0, Ratio.NONE, Ratio.NONE, Ratio.NONE, 0, 0, 0, 0);

    /** The number of ratings given in the period. */
    public long ratings() {
        return stars.denominator();
    }

    /** The average rating to one decimal, or null when nobody rated. */
    public Double averageStars() {
        return stars.rounded(1);
    }

    /** The share of decisions on time, as a percentage to one decimal, or null when none was timed. */
    public Double onTimePercent() {
        return onTime.isDefined() ? new Ratio(onTime.numerator() * 100, onTime.denominator()).rounded(1) : null;
    }

    /** The average working days from acceptance to decision, to one decimal, or null without decisions. */
    public Double averageDaysUsed() {
        return daysUsed.rounded(1);
    }
}
