/**
 * The efficiency supervision pages (效能监察, 第二十七条): the offices' case list and case page (record a case,
 * draft and co-sign notices, close), the department's list of notices to reply to, the notice download, and
 * the navigation's entries for both. They only delegate to {@link cn.tongban.supervision}.
 */
package cn.tongban.web.supervision;
