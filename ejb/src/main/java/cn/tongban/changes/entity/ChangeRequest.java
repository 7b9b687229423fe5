package cn.tongban.changes.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
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

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A request to give a {@link Setting} a new value, with a reason (第十六条: 确需更改的，应向市行政服务管理办公室
 * 提出申请，经市行政服务管理办公室会同市信息化办公室批准后实施调整). Both offices approve, each once, in any order,
 * and never the requester; the second approval applies the value in the same transaction. The request remembers
 * the setting's version it was based on: once another request has changed the setting, this one can no longer be
 * approved. Each step yields the {@link ChangeEvent}s the caller stores in the same transaction.
 */
@Entity
@Table(name = "change_request")
@NamedQuery(name = ChangeRequest.FIND_BY_DEPARTMENT, query = """
        SELECT r FROM ChangeRequest r JOIN FETCH r.setting
        WHERE r.departmentCode = :department ORDER BY r.createdAt DESC""")
@NamedQuery(name = ChangeRequest.FIND_RECENT, query = """
        SELECT r FROM ChangeRequest r JOIN FETCH r.setting ORDER BY r.createdAt DESC""")
@NamedQuery(name = ChangeRequest.AWAITING_SERVICE_OFFICE, query = """
        SELECT r FROM ChangeRequest r JOIN FETCH r.setting
        WHERE r.status = cn.tongban.changes.entity.ChangeRequestStatus.PENDING AND r.serviceOffice.at IS NULL
        AND r.requester <> :caller ORDER BY r.createdAt""")
@NamedQuery(name = ChangeRequest.AWAITING_IT_OFFICE, query = """
        SELECT r FROM ChangeRequest r JOIN FETCH r.setting
        WHERE r.status = cn.tongban.changes.entity.ChangeRequestStatus.PENDING AND r.itOffice.at IS NULL
        AND r.requester <> :caller ORDER BY r.createdAt""")
@NamedQuery(name = ChangeRequest.PENDING_IDS_OF_REQUESTER, query = """
        SELECT r.id FROM ChangeRequest r
        WHERE r.requester = :requester AND r.status = cn.tongban.changes.entity.ChangeRequestStatus.PENDING""")
public class ChangeRequest {

    public static final String PENDING_IDS_OF_REQUESTER = "ChangeRequest.pendingIdsOfRequester";
    public static final String FIND_BY_DEPARTMENT = "ChangeRequest.findByDepartment";
    public static final String FIND_RECENT = "ChangeRequest.findRecent";
    public static final String AWAITING_SERVICE_OFFICE = "ChangeRequest.awaitingServiceOffice";
    public static final String AWAITING_IT_OFFICE = "ChangeRequest.awaitingItOffice";

    /** Bounds of a reason, in characters: enough to say why, short enough to read. */
    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 1000;
    public static final int COMMENT_MAX = 1000;

    @Id
    @SequenceGenerator(name = "change_request_seq", sequenceName = "change_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_request_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "setting_id", nullable = false)
    private Setting setting;

    /** The setting's department, copied so that a department's list needs no join; null for system settings. */
    @Column(name = "department_code", length = 32)
    private String departmentCode;

    @Column(name = "proposed_value", nullable = false, length = 1000)
    private String proposedValue;

    @Column(name = "previous_value", nullable = false, length = 1000)
    private String previousValue;

    @Column(name = "based_on_version", nullable = false)
    private long basedOnVersion;

    @Column(nullable = false, length = 1000)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requester_id", nullable = false)
    private Account requester;

    @Column(name = "requester_name", nullable = false, length = 200)
    private String requesterName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChangeRequestStatus status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

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

    protected ChangeRequest() {
    }

    private ChangeRequest(Setting setting, String proposedValue, String reason, Account requester, OffsetDateTime at) {
        this.setting = setting;
        this.departmentCode = setting.getDepartmentCode();
        this.proposedValue = proposedValue;
        this.previousValue = setting.getValue();
        this.basedOnVersion = setting.getVersion();
        this.reason = reason;
        this.requester = requester;
        this.requesterName = requester.getDisplayName();
        this.status = ChangeRequestStatus.PENDING;
        this.createdAt = at;
    }

    /**
     * Files a request to change the setting. Refused, with nothing stored, when the requester may not ask for
     * this setting, or with every invalid field at once: a value the setting's type does not accept, a value equal
     * to the current one, a reason shorter than {@value #REASON_MIN} or longer than {@value #REASON_MAX} characters.
     */
    public static ChangeRequest file(Setting setting, String proposedValue, String reason, Account requester,
                                     OffsetDateTime at) {
        Objects.requireNonNull(at);
        if (!setting.mayBeRequestedBy(requester)) {
            throw BusinessException.forbidden("change.notYourSetting", setting.getName());
        }
        Fields fields = new Fields();
        String value = setting.normalise(proposedValue);
        setting.check(value).ifPresent(fields::add);
        if (fields.isEmpty() && value.equals(setting.getValue())) {
            fields.add(new Violation(SettingType.FIELD, "change.sameValue", setting.getName()));
        }
        String why = fields.text("reason", reason, REASON_MIN, REASON_MAX, "change.reasonLength");
        fields.refuseIfAny();
        return new ChangeRequest(setting, value, why, requester, at);
    }

    /** The first line of the history, stored together with the request. */
    public ChangeEvent filed(String sourceAddress) {
        return new ChangeEvent(this, ChangeAction.FILED, null, null, ChangeRequestStatus.PENDING,
                SignOff.by(requester, createdAt, sourceAddress, reason));
    }

    /**
     * One office's approval, in the name of the office the approver works for (the one still missing, should
     * they work for both). Refused when the request is closed, when the approver filed it, when their office has
     * approved already, when the same person gave the other office's approval (第十六条: two offices, 会同), or when
     * the setting has changed since the request was filed. The second approval applies the value to the setting
     * at once and closes the request as applied.
     */
    public List<ChangeEvent> approve(SignOff approval) {
        Account approver = approval.getBy();
        requirePending();
        if (approval.isBy(requester)) {
            throw BusinessException.forbidden("change.selfApproval", reference());
        }
        List<Office> offices = Office.of(approver);
        if (offices.isEmpty()) {
            throw BusinessException.forbidden("access.denied");
        }
        Office office = offices.stream().filter(o -> signOff(o) == null).findFirst()
                .orElseThrow(() -> BusinessException.conflict("change.alreadyApproved", reference()));
        SignOff other = signOff(other(office));
        if (other != null && other.isBy(approver)) {
            throw BusinessException.forbidden("change.sameApprover", reference());
        }
        requireBasedOnCurrentSetting();
        requireCommentFits(approval);
        if (office == Office.SERVICE_OFFICE) {
            serviceOffice = approval;
        } else {
            itOffice = approval;
        }
        List<ChangeEvent> events = new ArrayList<>();
        events.add(new ChangeEvent(this, ChangeAction.APPROVED, office, status, status, approval));
        if (other != null) {
            setting.change(proposedValue, approver, approval.getAt());
            events.add(moveTo(ChangeRequestStatus.APPLIED, ChangeAction.APPLIED, null, approval));
        }
        return events;
    }

    /** 驳回: either office refuses the request, with a reason (required). */
    public ChangeEvent reject(SignOff rejection) {
        requirePending();
        List<Office> offices = Office.of(rejection.getBy());
        if (offices.isEmpty()) {
            throw BusinessException.forbidden("access.denied");
        }
        Fields fields = new Fields();
        fields.text("reason", rejection.getComment(), 1, COMMENT_MAX, "change.rejectionReason");
        fields.refuseIfAny();
        return moveTo(ChangeRequestStatus.REJECTED, ChangeAction.REJECTED, offices.get(0), rejection);
    }

    /** 撤回: the requester takes the request back while it is pending, even after one approval. */
    public ChangeEvent withdraw(SignOff withdrawal) {
        requirePending();
        if (!withdrawal.isBy(requester)) {
            throw BusinessException.forbidden("change.notRequester", reference());
        }
        requireCommentFits(withdrawal);
        return moveTo(ChangeRequestStatus.WITHDRAWN, ChangeAction.WITHDRAWN, null, withdrawal);
    }

    private ChangeEvent moveTo(ChangeRequestStatus target, ChangeAction action, Office office, SignOff act) {
        if (!status.mayMoveTo(target)) {
            throw BusinessException.conflict("change.closed", reference());
        }
        ChangeRequestStatus from = status;
        this.status = target;
        this.closedAt = act.getAt();
        return new ChangeEvent(this, action, office, from, target, act);
    }

    private void requirePending() {
        if (status != ChangeRequestStatus.PENDING) {
            throw BusinessException.conflict("change.closed", reference());
        }
    }

    private void requireBasedOnCurrentSetting() {
        if (!setting.isAtVersion(basedOnVersion)) {
            throw BusinessException.conflict("change.stale", reference(), setting.getName(), previousValue,
                    setting.getValue());
        }
    }

    private static Office other(Office office) {
        return office == Office.SERVICE_OFFICE ? Office.IT_OFFICE : Office.SERVICE_OFFICE;
    }

    /** Refuses a comment longer than its column holds. */
    private static void requireCommentFits(SignOff act) {
        Fields fields = new Fields();
        fields.optionalText("comment", act.getComment(), COMMENT_MAX);
        fields.refuseIfAny();
    }

    /** The approval of the office, or null while it is missing. */
    public SignOff signOff(Office office) {
        return office == Office.SERVICE_OFFICE ? serviceOffice : itOffice;
    }

    /** Whether the setting has been changed by another request since this one was filed. */
    public boolean isStale() {
        return status == ChangeRequestStatus.PENDING && !setting.isAtVersion(basedOnVersion);
    }

    public boolean isRequestedBy(Account account) {
        return requester.getUsername().equals(account.getUsername());
    }

    /**
     * Whether the account may see the request (第二十三条(四): nobody reads another's work): the two offices see
     * every request, a department's staff their department's.
     */
    public boolean isVisibleTo(Account account) {
        return !Office.of(account).isEmpty() || (departmentCode != null && account.getDepartment() != null
                && departmentCode.equals(account.getDepartment().getCode()));
    }

    /** How people refer to the request in messages: its number. */
    public String reference() {
        return String.valueOf(id);
    }

    public Long getId() {
        return id;
    }

    public Setting getSetting() {
        return setting;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getProposedValue() {
        return proposedValue;
    }

    public String getPreviousValue() {
        return previousValue;
    }

    public long getBasedOnVersion() {
        return basedOnVersion;
    }

    public String getReason() {
        return reason;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public ChangeRequestStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public SignOff getServiceOffice() {
        return serviceOffice;
    }

    public SignOff getItOffice() {
        return itOffice;
    }
}
