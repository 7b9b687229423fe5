/**
 * The partner interface's event feed (第五条): what happened to the applications and tasks of a department, in
 * the order it committed, so that a department's own system follows its work without polling every task and
 * catches up after an outage without losing or repeating an event. Written as an outbox in the transaction of
 * the change itself.
 */
package cn.tongban.events;
