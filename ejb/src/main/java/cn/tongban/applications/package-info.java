/**
 * Applications (办件) from submission to completion: the receipt number, the lifecycle of 第四、六条 in
 * {@link cn.tongban.applications.entity.ApplicationStatus}, the timeline of every status change and the
 * departments' work on them; drafts, uploaded materials (checked by content, scanned, kept with their SHA-256)
 * and submission exactly once per idempotency key ({@link cn.tongban.applications.boundary.Submissions}).
 */
package cn.tongban.applications;
