package cn.tongban.web.supervision;

import cn.tongban.supervision.boundary.Supervision;
import cn.tongban.supervision.entity.CaseEvent;
import cn.tongban.supervision.entity.SupervisionCase;
import cn.tongban.supervision.entity.SupervisionNotice;
import cn.tongban.supervision.entity.SupervisionNoticeKind;
import cn.tongban.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code staff/supervision-case.xhtml?number=} (监察案件): one case for both sides — the facts, the notices with
 * their PDFs, the history — and the action at hand: for the offices drafting, co-signing or returning a notice
 * and closing; for the department its reply. Each action is one call into {@link Supervision}.
 */
@Named
@ViewScoped
public class SupervisionCasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Supervision supervision;

    @Inject
    OversightNavigation navigation;

    private String number;
    private SupervisionNoticeKind noticeKind = SupervisionNoticeKind.RECTIFICATION;
    private String requirement;
    private LocalDate rectifyBy;
    private String reason;
    private String conclusion;
    private String reply;

    private transient SupervisionCase supervisionCase;
    private transient List<SupervisionNotice> notices;
    private transient List<CaseEvent> history;

    public void load() {
        supervisionCase = supervision.byNumber(number);
        notices = supervision.notices(number);
        history = supervision.history(number);
    }

    public void draft() {
        SupervisionNotice notice = supervision.draftNotice(number, noticeKind, requirement, rectifyBy);
        requirement = null;
        rectifyBy = null;
        Messages.info("supervision.drafted", notice.getNumber());
        load();
    }

    public void cosign() {
        SupervisionNotice notice = supervision.cosign(number);
        Messages.info("supervision.issued", notice.getNumber());
        load();
    }

    public void returnDraft() {
        supervision.returnDraft(number, reason);
        reason = null;
        Messages.info("supervision.returned", number);
        load();
    }

    public void close() {
        supervision.close(number, conclusion);
        conclusion = null;
        Messages.info("supervision.closed", number);
        load();
    }

    public void sendReply() {
        supervision.reply(number, reply);
        reply = null;
        Messages.info("supervision.replied", number);
        load();
    }

    public boolean isOffice() {
        return navigation.isOffice();
    }

    public SupervisionNoticeKind[] getNoticeKinds() {
        return SupervisionNoticeKind.values();
    }

    public SupervisionCase getSupervisionCase() {
        return supervisionCase;
    }

    public List<SupervisionNotice> getNotices() {
        return notices == null ? List.of() : notices;
    }

    public List<CaseEvent> getHistory() {
        return history == null ? List.of() : history;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public SupervisionNoticeKind getNoticeKind() {
        return noticeKind;
    }

    public void setNoticeKind(SupervisionNoticeKind noticeKind) {
        this.noticeKind = noticeKind;
    }

    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }

    public LocalDate getRectifyBy() {
        return rectifyBy;
    }

    public void setRectifyBy(LocalDate rectifyBy) {
        this.rectifyBy = rectifyBy;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getConclusion() {
        return conclusion;
    }

    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
