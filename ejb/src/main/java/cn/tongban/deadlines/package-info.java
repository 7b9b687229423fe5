/**
 * The clock of every application and task (行政许可法 第四十二、四十五、八十二条; 第七、二十七条 of the regulation):
 * deadlines in working days with suspensions, and the sweep that raises a yellow warning before a task's
 * deadline and a red alarm once it is overdue, each exactly once across the cluster.
 */
package cn.tongban.deadlines;
