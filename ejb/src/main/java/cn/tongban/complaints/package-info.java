/**
 * Complaints and reports (投诉、检举, 第十二条): anyone — signed in or not — complains about a department or one
 * of its staff in providing the online service, optionally naming a receipt number, and gets a complaint number
 * and an access code to follow it. The supervision department registers it (受理登记) within a time limit,
 * investigates with internal notes and answers; being late at either step shows, to the supervisor and to the
 * complainant.
 */
package cn.tongban.complaints;
