/** The applicant's portal inbox (站内信) and its unread count in the page header. */
package cn.tongban.web.notifications;
