package cn.tongban.notices.boundary;

import cn.tongban.notices.entity.NoticeKind;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** What the public verification confirms of a genuine notice: no more than the paper itself shows. */
public record NoticeVerification(String number, NoticeKind kind, String receiptNumber, OffsetDateTime issuedAt,
                                 String departmentName) implements Serializable {
}
