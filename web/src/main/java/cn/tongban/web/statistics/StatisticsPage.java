package cn.tongban.web.statistics;

import cn.tongban.statistics.boundary.Statistics;
import cn.tongban.statistics.entity.Choices;
import cn.tongban.statistics.entity.FigureRow;
import cn.tongban.statistics.entity.Granularity;
import cn.tongban.statistics.entity.PeriodPreset;
import cn.tongban.statistics.entity.Report;
import cn.tongban.statistics.entity.ReportingPeriod;
import cn.tongban.web.platform.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code staff/statistics.xhtml} (统计分析, 第二十七条): the filters — a preset or custom period, a department for the
 * city offices, a matter — and the report they give: totals, three charts and the table the exports are made of.
 * The report is plain serializable data, kept with the view so that an export shows exactly what the page shows.
 */
@Named
@ViewScoped
public class StatisticsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The preset value of the period menu that keeps the dates typed in. */
    static final String CUSTOM = "CUSTOM";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    @Inject
    Statistics statistics;

    private String preset = PeriodPreset.THIS_MONTH.name();
    private LocalDate from;
    private LocalDate to;
    private String department;
    private String matter;
    private Choices choices;
    private Report report;

    public void load() {
        if (choices == null) {
            choices = statistics.choices();
            show();
        }
    }

    /** Counts the figures for the filters; a preset fills in its dates, a date typed in makes the period custom. */
    public void show() {
        ReportingPeriod period = CUSTOM.equals(preset) ? ReportingPeriod.of(from, to)
                : statistics.period(PeriodPreset.valueOf(preset));
        from = period.from();
        to = period.to();
        report = statistics.report(period, department, matter);
    }

    /** A department chosen: the matter chosen before may belong to another. */
    public void departmentChanged() {
        matter = null;
    }

    public void datesChanged() {
        preset = CUSTOM;
    }

    public List<PeriodPreset> getPresets() {
        return List.of(PeriodPreset.values());
    }

    public List<Choices.MatterChoice> getMatters() {
        return choices == null ? List.of() : choices.mattersOf(blankToNull(department));
    }

    /** The volume chart: per department for the whole city, per matter within one department. */
    public String getVolumeChart() {
        List<FigureRow> rows = perUnit();
        return ChartJson.bar()
                .labels(rows, this::unitName)
                .counts(Messages.text("statistics.received"), rows, r -> r.figures().received())
                .counts(Messages.text("statistics.accepted"), rows, r -> r.figures().accepted())
                .counts(Messages.text("statistics.decided"), rows, r -> r.figures().decided())
                .counts(Messages.text("statistics.completed"), rows, r -> r.figures().completed())
                .toJson(null);
    }

    public String getTrendChart() {
        List<FigureRow> rows = report == null ? List.of() : report.byPeriod();
        return ChartJson.line()
                .labels(rows, this::sliceName)
                .counts(Messages.text("statistics.received"), rows, r -> r.figures().received())
                .counts(Messages.text("statistics.completed"), rows, r -> r.figures().completed())
                .toJson(null);
    }

    public String getRatingChart() {
        List<FigureRow> rows = perUnit();
        return ChartJson.bar()
                .labels(rows, this::unitName)
                .decimals(Messages.text("statistics.averageStars"), rows, r -> r.figures().averageStars())
                .toJson(5);
    }

    /** Whether the charts and table go by department (the whole city) or by matter (one department). */
    public boolean isByDepartment() {
        return report != null && report.department() == null;
    }

    private List<FigureRow> perUnit() {
        if (report == null) {
            return List.of();
        }
        return isByDepartment() ? report.byDepartment() : report.byMatter();
    }

    private String unitName(FigureRow row) {
        Locale locale = locale();
        return row.matter() != null && !isByDepartment() ? row.matter().name(locale) : row.department().name(locale);
    }

    private String sliceName(FigureRow row) {
        return row.sliceStart().format(report.granularity() == Granularity.DAY ? DAY : MONTH);
    }

    /** The file name of the exports, e.g. tongban-statistics-2026-11-01-2026-11-30. */
    public String getExportName() {
        return "tongban-statistics-" + from + "-" + to;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public Report getReport() {
        return report;
    }

    public Choices getChoices() {
        return choices;
    }

    public String getPreset() {
        return preset;
    }

    public void setPreset(String preset) {
        this.preset = preset;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getMatter() {
        return matter;
    }

    public void setMatter(String matter) {
        this.matter = matter;
    }
}
