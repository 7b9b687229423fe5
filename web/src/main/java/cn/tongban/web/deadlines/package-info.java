/**
 * How deadlines show on the pages: working days left on the staff's rows, the promised date for the applicant,
 * "provisional" where the calendar of the year is not published yet.
 */
package cn.tongban.web.deadlines;
