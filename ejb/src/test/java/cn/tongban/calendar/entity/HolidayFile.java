package cn.tongban.calendar.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The seed file holidays-cn.csv (date,kind,name; WORKDAY meaning an adjusted working weekend day), as special days. */
public final class HolidayFile {

    private HolidayFile() {
    }

    public static List<SpecialDay> days() {
        try (var in = Objects.requireNonNull(HolidayFile.class.getResourceAsStream("/calendar/holidays-cn.csv"));
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && Character.isDigit(line.charAt(0)))
                    .map(line -> line.split(",", 3))
                    .map(f -> new SpecialDay(LocalDate.parse(f[0]),
                            "WORKDAY".equals(f[1]) ? DayKind.ADJUSTED_WORKDAY : DayKind.valueOf(f[1]), f[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The official calendar of 2024 to 2026, as seeded. */
    public static WorkingCalendar calendar() {
        return new WorkingCalendar(List.of(2024, 2025, 2026), days());
    }
}
