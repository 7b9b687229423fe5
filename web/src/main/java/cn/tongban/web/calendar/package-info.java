/**
 * The service office's upkeep of the official working-day calendar ({@code staff/calendar.xhtml}): the years and
 * whether each is published, a year's holidays and adjusted working days, publishing, and a due-day tool that marks
 * an estimate beyond the published years as provisional.
 */
package cn.tongban.web.calendar;
