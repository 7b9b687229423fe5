/**
 * The notices in the portal (结果反馈, 第四条): downloading one's notices as PDF, the links on 我的办件, and the
 * public verification page.
 */
package cn.tongban.web.notices;
