/**
 * The statistics dashboard ({@code staff/statistics.xhtml}, 第二十七条): figures per department, matter and period
 * as charts and a table, exported as XLSX and CSV. The page only asks {@code Statistics} and draws its answer.
 */
package cn.tongban.web.statistics;
