/**
 * Notices (结果反馈, 第四条; 第二十七条(五)): the written documents the steps of an application issue to the
 * applicant (受理通知书, 补正告知书, 不予受理决定书, 准予/不予许可决定书), each with its number and a verification
 * code, printed as PDF on demand and verifiable by anyone who holds one.
 */
package cn.tongban.notices;
