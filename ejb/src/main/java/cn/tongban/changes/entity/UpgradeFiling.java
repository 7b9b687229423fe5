package cn.tongban.changes.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.platform.boundary.Clocks;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A department's planned upgrade of its own business system, filed with the service office and the IT office
 * at least {@value #NOTICE_WORKING_DAYS} working days ahead (第十七条: 各有关单位内部业务管理系统需升级改造时，
 * 应确保网上审批业务按要求正常运作，并提前五个工作日报市行政服务管理办公室和市信息化办公室备案). It says what is
 * upgraded, when, what online approval will notice, and whom to call; each office acknowledges it once.
 */
@Entity
@Table(name = "upgrade_filing")
@NamedQuery(name = UpgradeFiling.FIND_BY_DEPARTMENT, query = """
        SELECT f FROM UpgradeFiling f JOIN FETCH f.department
        WHERE f.department = :department ORDER BY f.plannedStart DESC""")
@NamedQuery(name = UpgradeFiling.FIND_ALL, query = """
        SELECT f FROM UpgradeFiling f JOIN FETCH f.department ORDER BY f.plannedStart DESC""")
public class UpgradeFiling {

    public static final String FIND_BY_DEPARTMENT = "UpgradeFiling.findByDepartment";
    public static final String FIND_ALL = "UpgradeFiling.findAll";

    /** 第十七条: 提前五个工作日. */
    public static final int NOTICE_WORKING_DAYS = 5;
    public static final int SUMMARY_MAX = 500;
    public static final int IMPACT_MAX = 1000;
    public static final int CONTACT_MAX = 200;

    @Id
    @SequenceGenerator(name = "upgrade_filing_seq", sequenceName = "upgrade_filing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "upgrade_filing_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(name = "planned_start", nullable = false)
    private OffsetDateTime plannedStart;

    @Column(name = "planned_end", nullable = false)
    private OffsetDateTime plannedEnd;

    @Column(nullable = false, length = 1000)
    private String impact;

    @Column(nullable = false, length = 200)
    private String contact;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "filed_by_id", nullable = false)
    private Account filedBy;

    @Column(name = "filed_by_name", nullable = false, length = 200)
    private String filedByName;

    @Column(name = "filed_at", nullable = false)
    private OffsetDateTime filedAt;

    @Column(name = "filed_from", length = 64)
    private String filedFrom;

    @Embedded
    @AttributeOverride(name = "byName", column = @Column(name = "service_office_by_name"))
    @AttributeOverride(name = "at", column = @Column(name = "service_office_at"))
    @AttributeOverride(name = "from", column = @Column(name = "service_office_from"))
    @AttributeOverride(name = "comment", column = @Column(name = "service_office_comment"))
    @AssociationOverride(name = "by", joinColumns = @JoinColumn(name = "service_office_by_id"))
    private SignOff serviceOffice;

    @Embedded
    @AttributeOverride(name = "byName", column = @Column(name = "it_office_by_name"))
    @AttributeOverride(name = "at", column = @Column(name = "it_office_at"))
    @AttributeOverride(name = "from", column = @Column(name = "it_office_from"))
    @AttributeOverride(name = "comment", column = @Column(name = "it_office_comment"))
    @AssociationOverride(name = "by", joinColumns = @JoinColumn(name = "it_office_by_id"))
    private SignOff itOffice;

    @Version
    private long version;

    protected UpgradeFiling() {
    }

    private UpgradeFiling(String summary, LocalDateTime plannedStart, LocalDateTime plannedEnd, String impact,
                          String contact, SignOff filing) {
        this.department = filing.getBy().getDepartment();
        this.summary = summary;
        this.plannedStart = plannedStart.atZone(Clocks.CHINA).toOffsetDateTime();
        this.plannedEnd = plannedEnd.atZone(Clocks.CHINA).toOffsetDateTime();
        this.impact = impact;
        this.contact = contact;
        this.filedBy = filing.getBy();
        this.filedByName = filing.getByName();
        this.filedAt = filing.getAt();
        this.filedFrom = filing.getFrom();
    }

    /**
     * Files a planned upgrade of the filer's department's system. The times are local (Beijing) times. Refused
     * with every invalid field at once (summary, start, an end after the start, impact, contact), and, once the
     * fields are in order, when the planned start falls before {@code earliestStartDay}: the
     * {@value #NOTICE_WORKING_DAYS}th working day after the filing day, which the caller works out.
     */
    public static UpgradeFiling file(String summary, LocalDateTime plannedStart, LocalDateTime plannedEnd,
                                     String impact, String contact, LocalDate earliestStartDay, SignOff filing) {
        if (filing.getBy().getDepartment() == null) {
            throw BusinessException.forbidden("access.denied");
        }
        Fields fields = new Fields();
        String what = fields.text("summary", summary, 1, SUMMARY_MAX, "upgrade.summary");
        if (plannedStart == null) {
            fields.add(new Violation("plannedStart", "upgrade.plannedStartRequired"));
        }
        if (plannedEnd == null || (plannedStart != null && !plannedEnd.isAfter(plannedStart))) {
            fields.add(new Violation("plannedEnd", "upgrade.plannedEnd"));
        }
        String effect = fields.text("impact", impact, 1, IMPACT_MAX, "upgrade.impact");
        String whom = fields.text("contact", contact, 1, CONTACT_MAX, "upgrade.contact");
        fields.refuseIfAny();
        if (plannedStart.toLocalDate().isBefore(earliestStartDay)) {
            throw BusinessException.unprocessable("upgrade.tooEarly", plannedStart.toLocalDate(), earliestStartDay);
        }
        return new UpgradeFiling(what, plannedStart, plannedEnd, effect, whom, filing);
    }

    /** 备案: one of the offices acknowledges the filing, once per office (the one still missing, for both). */
    public void acknowledge(SignOff acknowledgement) {
        List<Office> offices = Office.of(acknowledgement.getBy());
        if (offices.isEmpty()) {
            throw BusinessException.forbidden("access.denied");
        }
        Office office = offices.stream().filter(o -> acknowledgement(o) == null).findFirst()
                .orElseThrow(() -> BusinessException.conflict("upgrade.alreadyAcknowledged", reference()));
        Fields fields = new Fields();
        fields.optionalText("comment", acknowledgement.getComment(), ChangeRequest.COMMENT_MAX);
        fields.refuseIfAny();
        if (office == Office.SERVICE_OFFICE) {
            serviceOffice = acknowledgement;
        } else {
            itOffice = acknowledgement;
        }
    }

    /** The office's acknowledgement, or null while it is missing. */
    public SignOff acknowledgement(Office office) {
        return office == Office.SERVICE_OFFICE ? serviceOffice : itOffice;
    }

    public boolean isAcknowledgedByBoth() {
        return serviceOffice != null && itOffice != null;
    }

    public String reference() {
        return String.valueOf(id);
    }

    public Long getId() {
        return id;
    }

    public Department getDepartment() {
        return department;
    }

    public String getSummary() {
        return summary;
    }

    public OffsetDateTime getPlannedStart() {
        return plannedStart;
    }

    public OffsetDateTime getPlannedEnd() {
        return plannedEnd;
    }

    public String getImpact() {
        return impact;
    }

    public String getContact() {
        return contact;
    }

    public String getFiledByName() {
        return filedByName;
    }

    public OffsetDateTime getFiledAt() {
        return filedAt;
    }

    public String getFiledFrom() {
        return filedFrom;
    }

    public SignOff getServiceOffice() {
        return serviceOffice;
    }

    public SignOff getItOffice() {
        return itOffice;
    }
}
