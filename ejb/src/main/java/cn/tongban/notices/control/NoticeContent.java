package cn.tongban.notices.control;

import cn.tongban.notices.entity.NoticeKind;

import java.time.LocalDate;

/**
 * Everything a notice states, gathered from its record and its timeline line; the PDF is printed from this
 * alone. Dates are the days in China Standard Time.
 */
public record NoticeContent(NoticeKind kind, String noticeNumber, String verificationCode, String verificationUrl,
                            String receiptNumber, String applicantName, String matterName, String departmentName,
                            LocalDate submittedOn, LocalDate issuedOn, String opinion, String legalBasis) {
}
