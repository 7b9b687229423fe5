package cn.tongban.statistics.control;

import cn.tongban.statistics.entity.Breakdown;
import cn.tongban.statistics.entity.FigureRow;
import cn.tongban.statistics.entity.Figures;
import cn.tongban.statistics.entity.Label;
import cn.tongban.statistics.entity.ReportingPeriod;
import cn.tongban.statistics.entity.Ratio;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the figures of one breakdown in one SQL statement. Every event that a figure counts is a "fact" — an
 * application submitted or accepted, a decision or completion on its timeline, a rating — with its department,
 * matter, time, kind and amount; the facts of the period are grouped by the breakdown's key and summed by kind.
 * A new figure is a new kind of fact and a new sum, nothing else. The tasks overdue now are counted as of today. Portable between PostgreSQL and H2; only bound
 * parameters carry values, the fragments joined here are constants.
 */
public class FigureQuery {

    /**
     * The facts. PostgreSQL pushes the period and the department or matter into each branch, where the indexes on
     * the time columns (V15) find them.
     */
    static final String FACTS = """
            SELECT a.department_id, a.matter_id, a.submitted_at AS at, 'R' AS kind, 1 AS amount, CAST(NULL AS INTEGER) AS extra
              FROM application a
            UNION ALL
            SELECT a.department_id, a.matter_id, a.accepted_at, 'A', 1, NULL
              FROM application a WHERE a.accepted_at IS NOT NULL
            UNION ALL
            SELECT a.department_id, a.matter_id, s.occurred_at, CASE WHEN s.step = 'COMPLETED' THEN 'C' ELSE 'D' END,
                   CASE WHEN s.step = 'COMPLETED' THEN NULL WHEN a.on_time THEN 1 WHEN NOT a.on_time THEN 0 END,
                   CASE WHEN s.step = 'COMPLETED' THEN NULL ELSE a.days_used END
              FROM status_change s JOIN application a ON a.id = s.application_id
             WHERE s.step IN ('APPROVED', 'REJECTED', 'COMPLETED')
            UNION ALL
            SELECT a.department_id, a.matter_id, e.rated_at, 'E', e.stars, NULL
              FROM evaluation e JOIN application a ON a.id = e.application_id
            UNION ALL
            SELECT d.department_id, a.matter_id, d.raised_at, CASE WHEN d.alert_level = 'RED' THEN 'X' ELSE 'Y' END, 1, NULL
              FROM deadline_alert d JOIN application a ON a.id = d.application_id
            UNION ALL
            SELECT c.department_id, a.matter_id, c.filed_at, 'P', 1, NULL
              FROM complaint c LEFT JOIN application a ON a.receipt_number = c.receipt_number
            """;

    /**
     * The tasks overdue now (第二十七条: 超时), open or claimed past their due day, whatever the period: dated at the
     * period's start so that they count in the period's rows, and left out of a trend, where "now" has no slice.
     */
    private static String overdueNow(int startParameter, int todayParameter) {
        return """
                UNION ALL
                SELECT t.department_id, a.matter_id, CAST(?%d AS TIMESTAMP WITH TIME ZONE), 'O', 1, NULL
                  FROM task t JOIN application a ON a.id = t.application_id
                 WHERE t.status IN ('OPEN', 'CLAIMED') AND t.due_on < ?%d
                """.formatted(startParameter, todayParameter);
    }

    /** The sums, in the order {@link #figures(Object[], int)} reads them. */
    static final String SUMS = """
            SUM(CASE WHEN g.kind = 'R' THEN 1 ELSE 0 END) AS received,
            SUM(CASE WHEN g.kind = 'A' THEN 1 ELSE 0 END) AS accepted,
            SUM(CASE WHEN g.kind = 'D' THEN 1 ELSE 0 END) AS decided,
            SUM(CASE WHEN g.kind = 'C' THEN 1 ELSE 0 END) AS completed,
            SUM(CASE WHEN g.kind = 'E' THEN 1 ELSE 0 END) AS ratings,
            SUM(CASE WHEN g.kind = 'E' THEN g.amount ELSE 0 END) AS stars,
            SUM(CASE WHEN g.kind = 'D' AND g.amount IS NOT NULL THEN 1 ELSE 0 END) AS timed,
            SUM(CASE WHEN g.kind = 'D' AND g.amount IS NOT NULL THEN g.amount ELSE 0 END) AS on_time,
            SUM(CASE WHEN g.kind = 'D' AND g.extra IS NOT NULL THEN 1 ELSE 0 END) AS measured,
            SUM(CASE WHEN g.kind = 'D' AND g.extra IS NOT NULL THEN g.extra ELSE 0 END) AS days_used,
            SUM(CASE WHEN g.kind = 'O' THEN 1 ELSE 0 END) AS overdue,
            SUM(CASE WHEN g.kind = 'Y' THEN 1 ELSE 0 END) AS warnings,
            SUM(CASE WHEN g.kind = 'X' THEN 1 ELSE 0 END) AS alarms,
            SUM(CASE WHEN g.kind = 'P' THEN 1 ELSE 0 END) AS complaints""";

    /** The sums' names, as the statements that join the labels select them from the grouped rows. */
    static final String SUM_COLUMNS = "t.received, t.accepted, t.decided, t.completed, t.ratings, t.stars, t.timed, "
            + "t.on_time, t.measured, t.days_used, t.overdue, t.warnings, t.alarms, t.complaints";

    private final EntityManager em;

    public FigureQuery(EntityManager em) {
        this.em = em;
    }

    /**
     * The rows of one breakdown within the period, optionally of one department and one matter (ids, or null for
     * all): ordered by department and matter code, or by time; a trend has a row for every slice, zeros included.
     */
    public List<FigureRow> rows(Breakdown breakdown, ReportingPeriod period, LocalDate today, Long departmentId,
                                Long matterId) {
        List<Object> parameters = new ArrayList<>();
        String sql = sql(breakdown, period, today, departmentId, matterId, parameters);
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        return switch (breakdown) {
            case TOTAL -> List.of(new FigureRow(null, null, null, result.isEmpty() ? Figures.NONE : figures(result.get(0), 0)));
            case DEPARTMENT -> result.stream().map(r -> new FigureRow(label(r, 0), null, null, figures(r, 3))).toList();
            case MATTER -> result.stream().map(r -> new FigureRow(label(r, 0), label(r, 3), null, figures(r, 6))).toList();
            case PERIOD -> trend(period, result);
        };
    }

    /** The statement for a breakdown; the values it binds are appended to {@code parameters} in order. */
    static String sql(Breakdown breakdown, ReportingPeriod period, LocalDate today, Long departmentId, Long matterId,
                      List<Object> parameters) {
        StringBuilder slice = new StringBuilder("0");
        if (breakdown == Breakdown.PERIOD) {
            List<OffsetDateTime> bounds = period.sliceBounds();
            if (!bounds.isEmpty()) {
                slice = new StringBuilder("CASE");
                for (int i = 0; i < bounds.size(); i++) {
                    slice.append(" WHEN f.at < ?").append(bind(parameters, bounds.get(i))).append(" THEN ").append(i);
                }
                slice.append(" ELSE ").append(bounds.size()).append(" END");
            }
        }
        String facts = FACTS;
        if (breakdown != Breakdown.PERIOD) {
            int start = bind(parameters, period.start());
            facts += overdueNow(start, bind(parameters, today));
        }
        StringBuilder where = new StringBuilder()
                .append("f.at >= ?").append(bind(parameters, period.start()))
                .append(" AND f.at < ?").append(bind(parameters, period.end()));
        if (departmentId != null) {
            where.append(" AND f.department_id = ?").append(bind(parameters, departmentId));
        }
        if (matterId != null) {
            where.append(" AND f.matter_id = ?").append(bind(parameters, matterId));
        }
        String grouped = "SELECT f.department_id, f.matter_id, " + slice + " AS slice, f.kind, f.amount, f.extra FROM ("
                + facts + ") f WHERE " + where;
        return switch (breakdown) {
            case TOTAL -> "SELECT " + SUMS + " FROM (" + grouped + ") g";
            case PERIOD -> "SELECT g.slice, " + SUMS + " FROM (" + grouped + ") g GROUP BY g.slice ORDER BY g.slice";
            case DEPARTMENT -> "SELECT d.code, d.name, d.name_en, " + SUM_COLUMNS + " FROM (SELECT g.department_id, "
                    + SUMS + " FROM (" + grouped + ") g GROUP BY g.department_id) t "
                    + "JOIN department d ON d.id = t.department_id ORDER BY d.code";
            case MATTER -> "SELECT d.code, d.name, d.name_en, m.code, m.name, m.name_en, " + SUM_COLUMNS
                    + " FROM (SELECT g.department_id, g.matter_id, " + SUMS + " FROM (" + grouped
                    + ") g GROUP BY g.department_id, g.matter_id) t "
                    + "JOIN department d ON d.id = t.department_id LEFT JOIN matter m ON m.id = t.matter_id "
                    + "ORDER BY d.code, m.code";
        };
    }

    private static int bind(List<Object> parameters, Object value) {
        parameters.add(value);
        return parameters.size();
    }

    /** Every slice of the period in order, with the counted figures where there were any. */
    private static List<FigureRow> trend(ReportingPeriod period, List<Object[]> result) {
        Map<Integer, Figures> counted = new HashMap<>();
        for (Object[] row : result) {
            counted.put(((Number) row[0]).intValue(), figures(row, 1));
        }
        List<LocalDate> slices = period.slices();
        List<FigureRow> rows = new ArrayList<>(slices.size());
        for (int i = 0; i < slices.size(); i++) {
            rows.add(new FigureRow(null, null, slices.get(i), counted.getOrDefault(i, Figures.NONE)));
        }
        return rows;
    }

    private static Label label(Object[] row, int at) {
        return row[at] == null ? null : new Label((String) row[at], (String) row[at + 1], (String) row[at + 2]);
    }

    /** The sums of {@link #SUMS} from column {@code at} on; a sum over no rows is null, read as zero. */
    static Figures figures(Object[] row, int at) {
        return new Figures(count(row[at]), count(row[at + 1]), count(row[at + 2]), count(row[at + 3]),
                new Ratio(count(row[at + 5]), count(row[at + 4])),
                new Ratio(count(row[at + 7]), count(row[at + 6])),
                new Ratio(count(row[at + 9]), count(row[at + 8])),
                count(row[at + 10]), count(row[at + 11]), count(row[at + 12]), count(row[at + 13]));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
