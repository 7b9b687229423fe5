/** The partner interface's event feed (第五条): a department's events in commit order, read after a cursor. */
package cn.tongban.rest.events;
