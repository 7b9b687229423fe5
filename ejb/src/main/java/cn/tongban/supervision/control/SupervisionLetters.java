package cn.tongban.supervision.control;

import cn.tongban.notices.control.Letter;
import cn.tongban.notices.control.NoticePdf;
import cn.tongban.platform.boundary.Clocks;
import cn.tongban.supervision.entity.SupervisionCase;
import cn.tongban.supervision.entity.SupervisionNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints an issued supervision notice on the notices' letterhead: addressed to the department, naming the
 * violation of 第二十七条 and the requirement, issued by the service office together with the supervision
 * department (会同), with the number and the verification code.
 */
@ApplicationScoped
public class SupervisionLetters {

    @Inject
    NoticePdf pdf;

    public byte[] pdf(SupervisionNotice notice) {
        return pdf.render(letter(notice));
    }

    public Letter letter(SupervisionNotice notice) {
        SupervisionTexts texts = SupervisionTexts.chinese();
        SupervisionCase c = notice.getSupervisionCase();
        String violation = texts.kind(c.getKind());
        String body = notice.getKind().setsDeadline()
                ? texts.text("notice." + notice.getKind() + ".body", violation, texts.date(notice.getRectifyBy()))
                : texts.text("notice." + notice.getKind() + ".body", violation);
        List<Letter.Line> facts = new ArrayList<>();
        facts.add(new Letter.Line(texts.text("notice.case"), c.getNumber()));
        if (c.getReceiptNumber() != null) {
            facts.add(new Letter.Line(texts.text("notice.receipt"), c.getReceiptNumber()));
        }
        String issuedOn = texts.date(notice.getIssuedAt().atZoneSameInstant(Clocks.CHINA).toLocalDate());
        return new Letter(texts.text("notice.issuers").replace('\n', ' '), texts.title(notice.getKind()),
                texts.text("notice.number", notice.getNumber()), texts.text("notice.to", notice.getDepartmentName()), body,
                List.of(new Letter.Line(texts.text("notice.facts"), c.getFacts()),
                        new Letter.Line(texts.text("notice.requirement"), notice.getRequirement())),
                facts, texts.text("notice.issuers") + "\n" + issuedOn,
                texts.text("notice.verify", notice.getVerificationCode()), texts.text("notice.verifyHint"));
    }
}
