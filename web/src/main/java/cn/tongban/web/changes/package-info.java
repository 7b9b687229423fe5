/**
 * Change management in the staff intranet (变更管理, 第十六、十七条): requesting a configuration change, the two
 * offices' approvals, and the filings of planned system upgrades. The page only calls the changes boundaries.
 */
package cn.tongban.web.changes;
