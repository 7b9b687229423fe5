/**
 * Applications from both sides: the applicant submits and follows them (我的办件), the department's staff
 * accept them from their work list (工作台). The pages call the applications boundaries and show what they
 * answer; entities are kept out of the replicated session.
 */
package cn.tongban.web.applications;
