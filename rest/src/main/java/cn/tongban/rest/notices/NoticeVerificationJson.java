package cn.tongban.rest.notices;

import cn.tongban.notices.boundary.NoticeVerification;
import cn.tongban.platform.boundary.Clocks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A genuine notice, as far as its verification tells: no more than the paper shows. */
@Schema(name = "NoticeVerification")
public record NoticeVerificationJson(String number, String kind, String receiptNumber, OffsetDateTime issuedAt,
                                     String issuer) {

    static NoticeVerificationJson of(NoticeVerification v) {
        return new NoticeVerificationJson(v.number(), v.kind().name(), v.receiptNumber(),
                v.issuedAt().atZoneSameInstant(Clocks.CHINA).toOffsetDateTime(), v.departmentName());
    }
}
