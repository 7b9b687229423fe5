package cn.tongban.lookup.entity;

import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationStatus;
import cn.tongban.applications.entity.StatusChange;
import cn.tongban.applications.entity.Step;
import cn.tongban.catalogue.entity.Department;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What the public lookup shows of an application: its status and timeline with the public part of each opinion
 * and the legal basis only. Never the internal opinions of reviews and branches, the staff's names or the
 * addresses they acted from (第二十三条(四)).
 */
public record PublicStatusView(String receiptNumber, String matterCode, String matterName, String matterNameEn,
                               String departmentCode, String departmentName, String departmentNameEn,
                               ApplicationStatus status, OffsetDateTime submittedAt, int promisedDays,
                               List<Line> timeline, LocalDate promisedDue, boolean promisedDueProvisional)
        implements Serializable {

    /** One line of the public timeline. */
    public record Line(OffsetDateTime at, Step step, ApplicationStatus status, String departmentCode,
                       String departmentName, String departmentNameEn, String taskName, String opinion,
                       String legalBasis) implements Serializable {

        static Line of(StatusChange change) {
            Department at = change.getDepartment();
            return new Line(change.getOccurredAt(), change.getStep(), change.getToStatus(),
                    at == null ? null : at.getCode(), at == null ? null : at.getName(), at == null ? null : at.getNameEn(),
                    change.getTaskName(), change.getPublicOpinion(), change.getLegalBasis());
        }

        public String departmentName(Locale locale) {
            return english(locale) && departmentNameEn != null ? departmentNameEn : departmentName;
        }
    }

    public PublicStatusView {
        timeline = List.copyOf(timeline);
    }

    public static PublicStatusView of(Application application, List<StatusChange> timeline) {
        var matter = application.getMatter();
        var department = application.getDepartment();
        return new PublicStatusView(application.getReceiptNumber().value(), matter.getCode(), matter.getName(),
                matter.getNameEn(), department.getCode(), department.getName(), department.getNameEn(),
                application.getStatus(), application.getSubmittedAt(),
                application.getMatterVersion().getContent().promisedDays(), timeline.stream().map(Line::of).toList(),
                application.getPromisedDue(), application.isPromisedDueProvisional());
    }

    public String matterName(Locale locale) {
        return english(locale) && matterNameEn != null ? matterNameEn : matterName;
    }

    public String departmentName(Locale locale) {
        return english(locale) && departmentNameEn != null ? departmentNameEn : departmentName;
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
