package cn.tongban.statistics.entity;

import java.io.Serializable;
import java.util.List;

/**
 * The statistics of a scope — every department, or one, optionally one matter — over a period: the totals, and
 * the same figures per department (empty when the scope is one department), per matter and per slice of time.
 */
public record Report(ReportingPeriod period, Label department, Label matter, Figures totals, List<FigureRow> byDepartment,
                     List<FigureRow> byMatter, List<FigureRow> byPeriod) implements Serializable {

    public Report {
        byDepartment = List.copyOf(byDepartment);
        byMatter = List.copyOf(byMatter);
        byPeriod = List.copyOf(byPeriod);
    }

    public Granularity granularity() {
        return period.granularity();
    }
}
