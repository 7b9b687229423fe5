package cn.tongban.statistics.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One row of a statistic: what it stands for — a department, a department's matter, or the slice of time
 * starting on {@code sliceStart}, the others null — and its figures.
 */
public record FigureRow(Label department, Label matter, LocalDate sliceStart, Figures figures) implements Serializable {
}
