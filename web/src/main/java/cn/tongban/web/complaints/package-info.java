/**
 * The complaint pages (投诉、检举, 第十二条): the public form and the follow-up by number and access code, and the
 * supervision department's desk. They only delegate to {@link cn.tongban.complaints}.
 */
package cn.tongban.web.complaints;
