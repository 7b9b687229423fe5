/**
 * Service consultation on the portal: the FAQ and the question form on each matter's guide, the asker's own
 * questions (我的咨询, also reachable with number and access code), and the department's desk where staff
 * answer and the business owner publishes. Every decision is the consultation boundaries'; texts are shown
 * line by line as escaped text, never as HTML (第二十三条(一)).
 */
package cn.tongban.web.consultation;
