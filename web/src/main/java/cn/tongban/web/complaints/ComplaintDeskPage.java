package cn.tongban.web.complaints;

import cn.tongban.complaints.boundary.ComplaintDesk;
import cn.tongban.complaints.entity.Complaint;
import cn.tongban.complaints.entity.ComplaintStatus;
import cn.tongban.platform.boundary.Clocks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code staff/complaints.xhtml} (投诉受理): the supervision department's complaints — the open ones, the
 * overdue ones, or those of one status — with the overdue flag from the due dates stored at filing.
 */
@Named
@ViewScoped
public class ComplaintDeskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the list shows: OPEN (filed or registered), OVERDUE, or a status's name. */
    private String filter = "OPEN";
    private transient List<Complaint> complaints;

    @Inject
    ComplaintDesk desk;

    public void load() {
        complaints = switch (filter == null ? "OPEN" : filter) {
            case "OVERDUE" -> desk.overdue();
            case "FILED", "REGISTERED", "ANSWERED", "NOT_REGISTERED" -> desk.list(Set.of(ComplaintStatus.valueOf(filter)));
            default -> desk.list(EnumSet.of(ComplaintStatus.FILED, ComplaintStatus.REGISTERED));
        };
    }

    public List<Complaint> getComplaints() {
        if (complaints == null) {
            load();
        }
        return complaints;
    }

    public LocalDate getToday() {
        return LocalDate.now(Clocks.CHINA);
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
