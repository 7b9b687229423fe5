package cn.tongban.it.deadlines;

import cn.tongban.calendar.boundary.Calendars;
import cn.tongban.calendar.entity.DayKind;
import cn.tongban.calendar.entity.WorkingCalendar;
import cn.tongban.calendar.entity.YearCalendar;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.platform.entity.BusinessException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The calendar as the database holds it: 2024-2026 published from the State Council's notices, later years
 * unpublished until the service office enters and publishes them; bad entries are refused and change nothing.
 * Draft days go into 2099, a year no deadline reaches, and no year is published here.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CalendarsIT.class.getPackage());
    }

    @EJB
    Calendars calendars;

    @Test
    void thePublishedYearsAndTheirAdjustedWorkingDays() {
        WorkingCalendar calendar = calendars.current();
        assertTrue(calendar.isPublished(2024) && calendar.isPublished(2025) && calendar.isPublished(2026));
        assertEquals(DayKind.ADJUSTED_WORKDAY, calendar.kind(LocalDate.parse("2026-10-10")));
        assertEquals(DayKind.HOLIDAY, calendar.kind(LocalDate.parse("2026-02-17")));
        assertEquals(LocalDate.parse("2026-10-08"), calendar.addWorkingDays(LocalDate.parse("2026-09-30"), 1));
        assertSame(calendar, calendars.current(), "the node's copy serves while nothing changed");
        YearCalendar y2026 = calendars.years().stream().filter(y -> y.year() == 2026).findFirst().orElseThrow();
        assertTrue(y2026.published());
        assertEquals(39, y2026.days().size());
    }

    @Test
    void aYearNotPublishedIsAnErrorNamingTheYear() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> calendars.current().addWorkingDays(LocalDate.parse("2050-03-02"), 3));
        assertEquals("calendar.unpublished", e.key());
        assertTrue(e.getMessage().contains("2050"), e.getMessage());
    }

    @Test
    void theServiceOfficeKeepsDraftDaysAndBadEntriesAreRefused() throws Exception {
        LocalDate saturday = LocalDate.parse("2099-01-03");
        LocalDate friday = LocalDate.parse("2099-01-02");
        As.user("office", () -> calendars.setDay(friday, DayKind.HOLIDAY, "元旦"));
        As.user("office", () -> calendars.setDay(saturday, DayKind.ADJUSTED_WORKDAY, null));
        YearCalendar draft = As.user("office", () -> calendars.years()).stream().filter(y -> y.year() == 2099)
                .findFirst().orElseThrow();
        assertFalse(draft.published());
        assertTrue(draft.days().stream().anyMatch(d -> d.day().equals(friday) && "元旦".equals(d.name())));
        assertFalse(calendars.current().isPublished(2099), "a draft year does not count");

        assertInvalid("calendar.adjustedNotWeekend",
                () -> As.user("office", () -> calendars.setDay(LocalDate.parse("2099-01-05"), DayKind.ADJUSTED_WORKDAY, "x")));
        assertInvalid("calendar.nameRequired",
                () -> As.user("office", () -> calendars.setDay(LocalDate.parse("2099-01-06"), DayKind.HOLIDAY, " ")));
        assertInvalid("calendar.kindSpecial",
                () -> As.user("office", () -> calendars.setDay(LocalDate.parse("2099-01-06"), DayKind.REST, "休息")));
        assertInvalid("calendar.pastDay",
                () -> As.user("office", () -> calendars.setDay(LocalDate.parse("2026-01-05"), DayKind.HOLIDAY, "补假")));
        assertEquals("calendar.yearPublished", assertThrows(BusinessException.class,
                () -> As.user("office", () -> calendars.setDay(LocalDate.parse("2026-12-31"), DayKind.HOLIDAY, "x"))).key());
        assertThrows(EJBAccessException.class,
                () -> As.user("clerk", () -> calendars.setDay(LocalDate.parse("2099-01-07"), DayKind.HOLIDAY, "x")));
        assertEquals("calendar.unknownYear", assertThrows(BusinessException.class,
                () -> As.user("office", () -> calendars.publish(2098))).key(), "nothing entered for 2098");

        As.user("office", () -> calendars.removeDay(saturday));
        As.user("office", () -> calendars.removeDay(friday));
        assertEquals("calendar.noSpecialDay", assertThrows(BusinessException.class,
                () -> As.user("office", () -> calendars.removeDay(friday))).key());
        assertEquals("calendar.publishEmpty", assertThrows(BusinessException.class,
                () -> As.user("office", () -> calendars.publish(2099))).key(), "a year without holidays");
    }

    private static void assertInvalid(String key, org.junit.jupiter.api.function.Executable action) {
        BusinessException e = assertThrows(BusinessException.class, action);
        assertEquals(BusinessException.Reason.INVALID, e.reason());
        assertTrue(e.violations().stream().anyMatch(v -> v.key().equals(key)), () -> key + " in " + e.violations());
    }
}
