package cn.tongban.applications.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.catalogue.entity.MatterVersion;
import cn.tongban.platform.entity.BusinessException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An application (办件) for one matter by one applicant. Its status only changes through the methods here,
 * each checked against {@link ApplicationStatus#mayMoveTo}, and each change yields the
 * {@link StatusChange} that the caller stores in the same transaction.
 */
@Entity
@Table(name = "application")
@NamedQuery(name = Application.FIND_BY_RECEIPT, query = """
        SELECT a FROM Application a JOIN FETCH a.matter JOIN FETCH a.department JOIN FETCH a.applicant
        WHERE a.receiptNumber.value = :receiptNumber""")
@NamedQuery(name = Application.FIND_BY_APPLICANT, query = """
        SELECT a FROM Application a JOIN FETCH a.matter JOIN FETCH a.department
        WHERE a.applicant = :applicant ORDER BY a.submittedAt DESC""")
@NamedQuery(name = Application.FIND_BY_DEPARTMENT_AND_STATUS, query = """
        SELECT a FROM Application a JOIN FETCH a.matter JOIN FETCH a.applicant
        WHERE a.department = :department AND a.status = :status ORDER BY a.submittedAt""")
public class Application {

    public static final String FIND_BY_RECEIPT = "Application.findByReceipt";
    public static final String FIND_BY_APPLICANT = "Application.findByApplicant";
    public static final String FIND_BY_DEPARTMENT_AND_STATUS = "Application.findByDepartmentAndStatus";

    @Id
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    private Long id;

    @Embedded
    private ReceiptNumber receiptNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false)
    private Matter matter;

    /** The version of the matter's guide, process and form the application was made under, for good. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_version_id", nullable = false)
    private MatterVersion matterVersion;

    /** The owning department, copied from the matter so that work lists need no join. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id", nullable = false)
    private Account applicant;

    /** The online form's values, validated and normalised, as a JSON object. */
    @Column(name = "form_data", nullable = false, length = 1_000_000)
    private String formData;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ApplicationStatus status;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Application() {
    }

    private Application(ReceiptNumber receiptNumber, Matter matter, Account applicant, JsonObject form,
                        OffsetDateTime now) {
        this.receiptNumber = receiptNumber;
        this.formData = form.toString();
        this.matter = matter;
        this.matterVersion = matter.getCurrentVersion();
        this.department = matter.getDepartment();
        this.applicant = applicant;
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /**
     * Submits an application (网上申报, 第四条). Offline-only matters (第十一条) are refused here, so that no
     * entrance — the portal, the API or a partner — can get around it. The form values must have been
     * validated against the matter's form in force ({@code FormValidation}).
     */
    public static Application submit(ReceiptNumber receiptNumber, Matter matter, Account applicant, JsonObject form,
                                     OffsetDateTime now) {
        Objects.requireNonNull(receiptNumber);
        Objects.requireNonNull(applicant);
        Objects.requireNonNull(form);
        if (!matter.acceptsOnlineApplications()) {
            throw BusinessException.unprocessable("application.offlineOnly", matter.getCode());
        }
        return new Application(receiptNumber, matter, applicant, form, now);
    }

    /** The first line of the timeline, written together with the application. */
    public StatusChange submission(String sourceAddress) {
        return new StatusChange(this, submittedAt, null, ApplicationStatus.SUBMITTED, applicant, null, sourceAddress, null);
    }

    /** 受理: a clerk of the owning department accepts the application. */
    public StatusChange accept(Account clerk, OffsetDateTime now, String sourceAddress, String opinion) {
        requireOwningDepartment(clerk);
        StatusChange change = moveTo(ApplicationStatus.ACCEPTED, clerk, now, sourceAddress, opinion);
        this.acceptedAt = now;
        return change;
    }

    private void requireOwningDepartment(Account staff) {
        if (!staff.belongsTo(department)) {
            throw BusinessException.forbidden("application.notYourDepartment", receiptNumber.value());
        }
    }

    private StatusChange moveTo(ApplicationStatus target, Account actor, OffsetDateTime now, String sourceAddress,
                                String opinion) {
        if (!status.mayMoveTo(target)) {
            throw BusinessException.conflict("application.illegalTransition", receiptNumber.value(), status, target);
        }
        ApplicationStatus from = status;
        this.status = target;
        this.updatedAt = now;
        return new StatusChange(this, now, from, target, actor, actor.getDepartment(), sourceAddress, opinion);
    }

    public boolean isOwnedBy(Account account) {
        return applicant.getId().equals(account.getId());
    }

    public boolean isHandledBy(Account staff) {
        return staff.belongsTo(department);
    }

    public Long getId() {
        return id;
    }

    public ReceiptNumber getReceiptNumber() {
        return receiptNumber;
    }

    public Matter getMatter() {
        return matter;
    }

    public Department getDepartment() {
        return department;
    }

    public MatterVersion getMatterVersion() {
        return matterVersion;
    }

    /** The submitted form's values. */
    public JsonObject getForm() {
        try (var reader = Json.createReader(new StringReader(formData))) {
            return reader.readObject();
        }
    }

    public Account getApplicant() {
        return applicant;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
