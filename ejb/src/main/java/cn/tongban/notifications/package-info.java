/**
 * Notifications of an application's steps to its applicant: the portal inbox (站内信), e-mail through the
 * server's mail session with the notice attached, and SMS through a port (结果反馈, 第四条).
 */
package cn.tongban.notifications;
