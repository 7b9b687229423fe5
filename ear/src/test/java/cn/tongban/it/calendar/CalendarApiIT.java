package cn.tongban.it.calendar;

import cn.tongban.it.Deployments;
import cn.tongban.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public calendar API against the real EAR and the published calendar of 2024–2026 (the State Council's
 * notices): holidays, adjusted working weekends (调休), ordinary days, due days across 国庆 and across a new year,
 * and a year without a published calendar, which is refused (422) rather than guessed. No login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarApiIT {

    /** A year nobody publishes in the tests. */
    private static final int UNPUBLISHED = 2099;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aHolidayAnAdjustedWorkingWeekendAWeekendAndAnOrdinaryDay() throws Exception {
        JsonObject nationalDay = ok("/api/v1/calendar/2026-10-01");
        assertEquals(Set.of("date", "working", "kind", "name"), nationalDay.keySet());
        assertEquals("2026-10-01", nationalDay.getString("date"));
        assertEquals(JsonValue.FALSE, nationalDay.get("working"));
        assertEquals("HOLIDAY", nationalDay.getString("kind"));
        assertTrue(nationalDay.getString("name").startsWith("国庆节"), nationalDay.toString());

        JsonObject adjusted = ok("/api/v1/calendar/2026-10-10"); // a Saturday worked after 国庆
        assertEquals(JsonValue.TRUE, adjusted.get("working"));
        assertEquals("ADJUSTED_WORKDAY", adjusted.getString("kind"));
        assertTrue(adjusted.getString("name").startsWith("国庆节"), adjusted.toString());

        JsonObject saturday = ok("/api/v1/calendar/2026-11-28");
        assertEquals(JsonValue.FALSE, saturday.get("working"));
        assertEquals("REST", saturday.getString("kind"));
        assertEquals(JsonValue.NULL, saturday.get("name"), "an ordinary day has no name, and says so");

        JsonObject wednesday = ok("/api/v1/calendar/2026-11-25");
        assertEquals(JsonValue.TRUE, wednesday.get("working"));
        assertEquals("WORKDAY", wednesday.getString("kind"));

        assertEquals("HOLIDAY", ok("/api/v1/calendar/2024-02-10").getString("kind"), "春节 2024");
    }

    @Test
    void dueDaysSkipHolidaysAndCountAdjustedWeekendsAcrossTheYear() throws Exception {
        // 国庆 2026: 10-01 to 10-07 rest, Saturday 10-10 is worked
        JsonObject one = ok("/api/v1/calendar/working-days?from=2026-09-30&days=1");
        assertEquals(Set.of("from", "days", "due"), one.keySet());
        assertEquals("2026-09-30", one.getString("from"));
        assertEquals(1, one.getInt("days"));
        assertEquals("2026-10-08", one.getString("due"));
        assertEquals("2026-10-10", ok("/api/v1/calendar/working-days?from=2026-09-30&days=3").getString("due"));
        // across the new year: 2026-01-01 to 01-03 rest, Sunday 01-04 is worked
        assertEquals("2026-01-04", ok("/api/v1/calendar/working-days?from=2025-12-31&days=1").getString("due"));
        assertEquals("2026-01-05", ok("/api/v1/calendar/working-days?from=2025-12-31&days=2").getString("due"));
        // zero days: the day itself; a count from a weekend starts on Monday
        assertEquals("2026-11-28", ok("/api/v1/calendar/working-days?from=2026-11-28&days=0").getString("due"));
        assertEquals("2026-11-30", ok("/api/v1/calendar/working-days?from=2026-11-28&days=1").getString("due"));
    }

    @Test
    void aYearWithoutAPublishedCalendarIsRefusedNamingTheYear() throws Exception {
        HttpResponse<String> day = Http.send(Http.request("/api/v1/calendar/" + UNPUBLISHED + "-03-02").GET());
        assertProblem(day, 422, String.valueOf(UNPUBLISHED));
        HttpResponse<String> due = Http.send(Http.request(
                "/api/v1/calendar/working-days?from=" + UNPUBLISHED + "-03-02&days=3").GET());
        assertProblem(due, 422, String.valueOf(UNPUBLISHED));
        HttpResponse<String> into = Http.send(Http.request("/api/v1/calendar/working-days?from=2026-12-30&days=3650").GET());
        assertEquals(422, into.statusCode(), "a count running past the last published year: " + into.body());
        assertTrue(json(into.body()).getString("detail").contains("2027"), into.body());
    }

    @Test
    void malformedOrMissingParametersAreBadRequests() throws Exception {
        assertProblem(Http.send(Http.request("/api/v1/calendar/2026-13-01").GET()), 400, "date");
        assertProblem(Http.send(Http.request("/api/v1/calendar/yesterday").GET()), 400, "date");
        assertProblem(Http.send(Http.request("/api/v1/calendar/working-days?from=2026-10-01").GET()), 400, "days");
        assertProblem(Http.send(Http.request("/api/v1/calendar/working-days?days=3").GET()), 400, "from");
        assertProblem(Http.send(Http.request("/api/v1/calendar/working-days?from=2026-10-01&days=three").GET()), 400, "days");
        assertProblem(Http.send(Http.request("/api/v1/calendar/working-days?from=2026-10-01&days=-1").GET()), 400, "days");
        assertProblem(Http.send(Http.request("/api/v1/calendar/working-days?from=2026-10-01&days=3651").GET()), 400, "days");
        assertProblem(Http.send(Http.request("/api/v1/calendar/working-days?from=01/10/2026&days=1").GET()), 400, "from");
    }

    private static JsonObject ok(String path) throws Exception {
        HttpResponse<String> response = Http.send(Http.request(path).GET());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return json(response.body());
    }

    /** A problem+json answer with the status, whose detail or invalid fields mention {@code mentioned}. */
    private static void assertProblem(HttpResponse<String> response, int status, String mentioned) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = json(response.body());
        assertEquals(status, problem.getInt("status"));
        String said = problem.getString("detail", "") + problem.getOrDefault("errors", JsonValue.NULL);
        assertTrue(said.contains(mentioned), response.body());
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
