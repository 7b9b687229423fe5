package cn.tongban.applications.entity;

/**
 * A line was added to an application's timeline: fired as a CDI event within the transaction of the step,
 * so that observers can write their own records in it ({@code during = IN_PROGRESS}) or act once it has
 * committed ({@code during = AFTER_SUCCESS}, e.g. to send mail). Carries ids, never entities.
 */
public record ApplicationStepped(long applicationId, String receiptNumber, long statusChangeId, Step step,
                                 ApplicationStatus status) {
}
