/**
 * Efficiency supervision (效能监察, 第二十七条): each violation of the article the system can see — late handling
 * (一), an unauthorised operation (二), a late prerequisite branch (四), an applicant not told in time (五) — is
 * recorded as a case once, by the deadline alerts, the workflow's refusals and an hourly check; the offices
 * record the others by hand. The service office and the supervision department together (会同: one drafts, the
 * other co-signs) issue a numbered warning (警示) or rectification notice (整改通知) to the department as a PDF;
 * the department replies with its rectification; the offices close the case. Both sides read the history.
 */
package cn.tongban.supervision;
