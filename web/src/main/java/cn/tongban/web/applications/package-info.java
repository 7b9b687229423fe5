/**
 * Applications from both sides: the applicant submits (with materials, from a draft if they like), follows, corrects (补正) and withdraws them (我的办件);
 * the departments' staff take tasks from their work lists (工作台) and handle every step on the task page, the
 * lead department seeing each parallel branch's opinion (第六条). The pages call the applications boundaries
 * and show what they answer; entities are kept out of the replicated session.
 */
package cn.tongban.web.applications;
