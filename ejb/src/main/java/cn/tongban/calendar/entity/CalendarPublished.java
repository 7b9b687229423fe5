package cn.tongban.calendar.entity;

/**
 * A year's calendar was published (the State Council's notice for it came out). Fired synchronously inside the
 * publishing transaction, so that deadlines left provisional because they reached into that year are computed.
 */
public record CalendarPublished(int year) {
}
