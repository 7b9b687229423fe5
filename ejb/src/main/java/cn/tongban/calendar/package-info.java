/**
 * The official working-day calendar: weekdays work and weekends rest, except the public holidays and the adjusted
 * working weekend days (调休) of the State Council's yearly notice, kept as data per year by the service office.
 * Time limits (行政许可法 第四十二、四十五、八十二条) are counted on it; a year not yet published is never guessed.
 */
package cn.tongban.calendar;
