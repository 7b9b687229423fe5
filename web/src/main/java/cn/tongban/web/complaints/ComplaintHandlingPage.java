package cn.tongban.web.complaints;

import cn.tongban.complaints.boundary.ComplaintDesk;
import cn.tongban.complaints.entity.Complaint;
import cn.tongban.complaints.entity.ComplaintNote;
import cn.tongban.platform.boundary.Clocks;
import cn.tongban.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code staff/complaint.xhtml?number=} (投诉办理): one complaint for the supervision department — register or
 * refuse it, write the investigation's notes, answer it. Each action is one call into {@link ComplaintDesk}.
 */
@Named
@ViewScoped
public class ComplaintHandlingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintDesk desk;

    private String number;
    private String note;
    private String answer;
    private String reason;
    private transient Complaint complaint;
    private transient List<ComplaintNote> notes;

    public void load() {
        complaint = desk.byNumber(number);
        notes = desk.notes(number);
    }

    public void register() {
        desk.register(number);
        Messages.info("complaintDesk.registered", number);
        load();
    }

    public void refuse() {
        desk.refuse(number, reason);
        reason = null;
        Messages.info("complaintDesk.refused", number);
        load();
    }

    public void addNote() {
        desk.note(number, note);
        note = null;
        load();
    }

    public void answer() {
        desk.answer(number, answer);
        answer = null;
        Messages.info("complaintDesk.answered", number);
        load();
    }

    public LocalDate getToday() {
        return LocalDate.now(Clocks.CHINA);
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public List<ComplaintNote> getNotes() {
        return notes == null ? List.of() : notes;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
