/**
 * The partner interface's tasks (第五条): a department's own system, or its staff, lists the department's tasks and
 * takes every step of the lifecycle on them, each step guarded by the task's version (ETag and If-Match).
 */
package cn.tongban.rest.tasks;
