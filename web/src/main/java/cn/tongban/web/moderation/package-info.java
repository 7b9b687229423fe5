/**
 * The service office's moderation page: the posts held because they contain a prohibited term, to approve
 * or reject, and the list of prohibited terms itself (第二十三条(一)).
 */
package cn.tongban.web.moderation;
