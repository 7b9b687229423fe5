/**
 * Statistics of the departments' work (效能监察, 第二十七条): how many applications were received, accepted,
 * decided and completed, and how the applicants rated them, per department, matter and period. Every figure is
 * counted by the database in one aggregate statement per breakdown; Java only shapes the answer.
 */
package cn.tongban.statistics;
