package cn.tongban.rest.calendar;

import cn.tongban.calendar.boundary.CalendarLookup;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import cn.tongban.rest.platform.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /v1/calendar/{date}} and {@code GET /v1/calendar/working-days?from=&days=}: the official working-day
 * calendar, public. Only turns the texts of the request into a date and a number; a year whose calendar is not
 * published answers 422 naming the year.
 */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "The official working-day calendar: public holidays and adjusted working days (调休)")
public class CalendarResource {

    @EJB
    CalendarLookup lookup;

    @GET
    @Path("working-days")
    @Operation(operationId = "getDueDay", summary = "When a time limit falls due",
            description = "The days-th working day after from (from itself not counted); days from 0 to 3650.")
    @APIResponse(responseCode = "200", description = "The due day",
            content = @Content(schema = @Schema(implementation = DueDayJson.class),
                    examples = @ExampleObject(name = "three working days over a weekend",
                            value = "{\"from\": \"2026-11-27\", \"days\": 3, \"due\": \"2026-12-02\"}")))
    @APIResponse(responseCode = "400", description = "from or days missing or malformed, or days out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The count reaches into a year whose calendar is not published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DueDayJson workingDays(
            @Parameter(description = "the day the count starts after (YYYY-MM-DD)", example = "2026-11-27") @QueryParam("from") String from,
            @Parameter(description = "working days, 0 to 3650", example = "3") @QueryParam("days") String days) {
        List<Violation> violations = new ArrayList<>();
        LocalDate start = date(from, "from", violations);
        Integer count = number(days, "days", violations);
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
        return DueDayJson.of(lookup.due(start, count));
    }

    @GET
    @Path("{date}")
    @Operation(operationId = "getCalendarDay", summary = "What a day is", description = "Working or not, its kind, and the holiday's name if any.")
    @APIResponse(responseCode = "200", description = "The day",
            content = @Content(schema = @Schema(implementation = CalendarDayJson.class),
                    examples = {@ExampleObject(name = "a public holiday",
                            value = "{\"date\": \"2026-10-01\", \"working\": false, \"kind\": \"HOLIDAY\", \"name\": \"国庆节\"}"),
                            @ExampleObject(name = "an ordinary working day",
                                    value = "{\"date\": \"2026-11-25\", \"working\": true, \"kind\": \"WORKDAY\", \"name\": null}")}))
    @APIResponse(responseCode = "400", description = "Not a date (YYYY-MM-DD)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The day's year has no published calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CalendarDayJson day(@Parameter(description = "YYYY-MM-DD", example = "2026-10-01") @PathParam("date") String date) {
        List<Violation> violations = new ArrayList<>();
        LocalDate day = date(date, "date", violations);
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
        return CalendarDayJson.of(lookup.day(day));
    }

    private static LocalDate date(String text, String field, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "field.required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "calendar.dateInvalid", text));
            return null;
        }
    }

    private static Integer number(String text, String field, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "field.required"));
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "calendar.daysInvalid", text));
            return null;
        }
    }
}
