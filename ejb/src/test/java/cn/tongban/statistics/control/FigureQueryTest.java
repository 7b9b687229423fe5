package cn.tongban.statistics.control;

import cn.tongban.statistics.entity.Breakdown;
import cn.tongban.statistics.entity.Figures;
import cn.tongban.statistics.entity.ReportingPeriod;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureQueryTest {

    private static final ReportingPeriod WEEK = ReportingPeriod.of(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-29"));
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    @Test
    void valuesAreBoundNeverWrittenIntoTheStatement() {
        List<Object> parameters = new ArrayList<>();
        String sql = FigureQuery.sql(Breakdown.MATTER, WEEK, TODAY, 7L, 9L, parameters);
        assertEquals(List.of(WEEK.start(), TODAY, WEEK.start(), WEEK.end(), 7L, 9L), parameters);
        assertTrue(sql.contains("CAST(?1 AS TIMESTAMP WITH TIME ZONE), 'O', 1"), sql);
        assertTrue(sql.contains("t.due_on < ?2"), sql);
        assertTrue(sql.contains("f.at >= ?3 AND f.at < ?4 AND f.department_id = ?5 AND f.matter_id = ?6"), sql);
        assertFalse(sql.contains("2026"), sql);
        assertTrue(sql.contains("GROUP BY g.department_id, g.matter_id"), sql);
    }

    @Test
    void aTrendCutsThePeriodAtEachSliceBound() {
        List<Object> parameters = new ArrayList<>();
        String sql = FigureQuery.sql(Breakdown.PERIOD, WEEK, TODAY, null, null, parameters);
        assertEquals(8, parameters.size(), "six bounds between seven days, and the period's two");
        assertFalse(sql.contains("'O', 1"), "what is overdue now has no slice in a trend");
        assertTrue(sql.contains("CASE WHEN f.at < ?1 THEN 0 WHEN f.at < ?2 THEN 1"), sql);
        assertTrue(sql.contains("ELSE 6 END"), sql);
        assertTrue(sql.contains("f.at >= ?7 AND f.at < ?8"), sql);
        assertTrue(sql.contains("GROUP BY g.slice"), sql);
    }

    @Test
    void theTotalsGroupNothingAndFiltersOnlyByThePeriod() {
        List<Object> parameters = new ArrayList<>();
        String sql = FigureQuery.sql(Breakdown.TOTAL, WEEK, TODAY, null, null, parameters);
        assertEquals(4, parameters.size(), "the overdue tasks' two and the period's two");
        assertFalse(sql.contains("GROUP BY"), sql);
    }

    @Test
    void sumsOverNoRowsReadAsZeroAndAnyNumberTypeIsRead() {
        Figures none = FigureQuery.figures(new Object[14], 0);
        assertEquals(Figures.NONE, none);
        Figures some = FigureQuery.figures(new Object[]{"x", 5L, BigDecimal.valueOf(4), 3, 2L, 2L, 9L,
                4L, 3L, 4L, 10L, 1L, 2L, 1L, 3L}, 1);
        assertEquals(5, some.received());
        assertEquals(4, some.accepted());
        assertEquals(3, some.decided());
        assertEquals(2, some.completed());
        assertEquals(2, some.ratings());
        assertEquals(4.5, some.averageStars());
        assertEquals(75.0, some.onTimePercent(), "3 of 4 decisions on time");
        assertEquals(2.5, some.averageDaysUsed(), "10 working days over 4 decisions");
        assertEquals(1, some.overdue());
        assertEquals(2, some.warnings());
        assertEquals(1, some.alarms());
        assertEquals(3, some.complaints());
    }
}
