package cn.tongban.consultation.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.moderation.entity.Screening;
import cn.tongban.moderation.entity.TextRule;
import cn.tongban.platform.entity.BusinessException;
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
import java.util.List;
import java.util.Objects;

/**
 * A question (咨询) on one matter, and the owning department's answer. Its status only changes through the
 * methods here, each checked against {@link QuestionStatus#mayMoveTo}, and each change yields the
 * {@link QuestionEvent} the caller stores in the same transaction. Every list query fetches the matter and
 * the department with the questions, so a list is one query.
 */
@Entity
@Table(name = "consultation_question")
@NamedQuery(name = Question.FIND_BY_NUMBER, query = """
        SELECT q FROM Question q JOIN FETCH q.matter JOIN FETCH q.department WHERE q.number = :number""")
@NamedQuery(name = Question.FIND_BY_ASKER, query = """
        SELECT q FROM Question q JOIN FETCH q.matter JOIN FETCH q.department
        WHERE q.asker.accountId = :accountId ORDER BY q.askedAt DESC""")
@NamedQuery(name = Question.FIND_BY_DEPARTMENT_AND_STATUS, query = """
        SELECT q FROM Question q JOIN FETCH q.matter JOIN FETCH q.department
        WHERE q.department = :department AND q.status = :status ORDER BY q.askedAt, q.id""")
@NamedQuery(name = Question.FIND_ANSWERED_BY_DEPARTMENT, query = """
        SELECT q FROM Question q JOIN FETCH q.matter JOIN FETCH q.department
        WHERE q.department = :department AND q.answeredAt IS NOT NULL ORDER BY q.answeredAt DESC, q.id DESC""")
@NamedQuery(name = Question.FIND_PUBLISHED_BY_MATTER, query = """
        SELECT q FROM Question q JOIN FETCH q.matter JOIN FETCH q.department
        WHERE q.matter = :matter AND q.status = :status ORDER BY q.publishedAt DESC, q.id DESC""")
@NamedQuery(name = Question.FIND_BY_STATUS, query = """
        SELECT q FROM Question q JOIN FETCH q.matter JOIN FETCH q.department
        WHERE q.status = :status ORDER BY q.updatedAt, q.id""")
public class Question {

    public static final String FIND_BY_NUMBER = "Question.findByNumber";
    public static final String FIND_BY_ASKER = "Question.findByAsker";
    public static final String FIND_BY_DEPARTMENT_AND_STATUS = "Question.findByDepartmentAndStatus";
    public static final String FIND_ANSWERED_BY_DEPARTMENT = "Question.findAnsweredByDepartment";
    public static final String FIND_PUBLISHED_BY_MATTER = "Question.findPublishedByMatter";
    public static final String FIND_BY_STATUS = "Question.findByStatus";

    /** 5 to 1000 characters: enough to say what one wants to know, short enough to answer. */
    public static final TextRule TEXT = new TextRule("text", "consultation.text", 5, 1000, true);
    public static final TextRule ANSWER = new TextRule("answer", "consultation.answer", 2, 2000, true);
    public static final TextRule REJECTION_REASON = new TextRule("reason", "consultation.reason", 2, 500, true);

    @Id
    @SequenceGenerator(name = "consultation_question_seq", sequenceName = "consultation_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_question_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 24)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false)
    private Matter matter;

    /** The owning department, copied from the matter so that its inbox needs no join. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Embedded
    private Asker asker;

    @Column(name = "access_code_hash", length = 100)
    private String accessCodeHash;

    @Column(nullable = false, length = 2000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionStatus status;

    @Column(name = "asked_at", nullable = false)
    private OffsetDateTime askedAt;

    @Column(length = 4000)
    private String answer;

    @Column(name = "answered_by_id")
    private Long answeredById;

    @Column(name = "answered_by_name", length = 200)
    private String answeredByName;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    /** The prohibited terms that held it, as the reviewer should see them. */
    @Column(name = "held_terms", length = 1000)
    private String heldTerms;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Question() {
    }

    private Question(String number, Matter matter, Asker asker, String accessCodeHash, String text, OffsetDateTime now) {
        this.number = Objects.requireNonNull(number);
        this.matter = Objects.requireNonNull(matter);
        this.department = matter.getDepartment();
        this.asker = Objects.requireNonNull(asker);
        this.accessCodeHash = accessCodeHash;
        this.text = Objects.requireNonNull(text);
        this.status = QuestionStatus.OPEN;
        this.askedAt = Objects.requireNonNull(now);
        this.updatedAt = now;
    }

    /**
     * A question (服务咨询, 第四条). Any matter may be asked about, offline-only ones too (第十一条): that is
     * where a visit to the counter is best prepared. A visitor's question needs the hash of their access code.
     */
    public static Question ask(String number, Matter matter, Asker asker, String accessCodeHash, String text,
                               OffsetDateTime now) {
        if (asker.isVisitor() == (accessCodeHash == null)) {
            throw new IllegalArgumentException("A visitor's question, and only a visitor's, has an access code");
        }
        return new Question(number, matter, asker, accessCodeHash, text, now);
    }

    /** The first event of the question, written together with it. */
    public QuestionEvent asked(String sourceAddress) {
        return new QuestionEvent(this, askedAt, null, QuestionStatus.OPEN, asker.getAccountId(), asker.getName(),
                sourceAddress, null);
    }

    /** 答复: a member of the owning department's staff answers (第二十二条: 及时答复). */
    public QuestionEvent answer(Account staff, String answer, OffsetDateTime now, String sourceAddress) {
        requireOwningDepartment(staff);
        if (status != QuestionStatus.OPEN) {
            throw BusinessException.conflict("consultation.alreadyAnswered", number);
        }
        QuestionEvent event = moveTo(QuestionStatus.ANSWERED, staff, now, sourceAddress, null);
        this.answer = Objects.requireNonNull(answer);
        this.answeredById = staff.getId();
        this.answeredByName = staff.getDisplayName();
        this.answeredAt = now;
        return event;
    }

    /**
     * 公开: the department's business owner publishes question and answer to the matter's FAQ. Screened
     * first (第二十三条(一)): with a prohibited term in either, the pair is held for the service office.
     */
    public QuestionEvent publish(Account deptAdmin, Screening screening, OffsetDateTime now, String sourceAddress) {
        requireOwningDepartment(deptAdmin);
        if (!status.isPublishable()) {
            throw BusinessException.conflict("consultation.notPublishable", number);
        }
        if (screening.passed()) {
            this.heldTerms = null;
            this.publishedAt = now;
            return moveTo(QuestionStatus.PUBLISHED, deptAdmin, now, sourceAddress, null);
        }
        this.heldTerms = screening.summary();
        return moveTo(QuestionStatus.HELD, deptAdmin, now, sourceAddress, heldTerms);
    }

    /** 撤回: the business owner takes it out of the FAQ, or out of review. */
    public QuestionEvent withdraw(Account deptAdmin, OffsetDateTime now, String sourceAddress) {
        requireOwningDepartment(deptAdmin);
        if (!status.mayMoveTo(QuestionStatus.WITHDRAWN)) {
            throw BusinessException.conflict("consultation.notPublished", number);
        }
        this.publishedAt = null;
        return moveTo(QuestionStatus.WITHDRAWN, deptAdmin, now, sourceAddress, null);
    }

    /** The service office lets a held post be published. */
    public QuestionEvent approve(Account office, OffsetDateTime now, String sourceAddress) {
        requireHeld();
        this.publishedAt = now;
        return moveTo(QuestionStatus.PUBLISHED, office, now, sourceAddress, null);
    }

    /** The service office refuses to publish a held post, and says why; the asker still has the answer. */
    public QuestionEvent reject(Account office, String reason, OffsetDateTime now, String sourceAddress) {
        requireHeld();
        this.rejectionReason = Objects.requireNonNull(reason);
        return moveTo(QuestionStatus.REJECTED, office, now, sourceAddress, reason);
    }

    private void requireHeld() {
        if (status != QuestionStatus.HELD) {
            throw BusinessException.conflict("consultation.notHeld", number);
        }
    }

    private void requireOwningDepartment(Account staff) {
        if (!isHandledBy(staff)) {
            throw BusinessException.forbidden("consultation.notYourDepartment", number);
        }
    }

    private QuestionEvent moveTo(QuestionStatus target, Account actor, OffsetDateTime now, String sourceAddress,
                                 String note) {
        if (!status.mayMoveTo(target)) {
            throw new IllegalStateException(number + " is " + status + " and cannot become " + target);
        }
        QuestionStatus from = status;
        this.status = target;
        this.updatedAt = now;
        return new QuestionEvent(this, now, from, target, actor.getId(), actor.getDisplayName(), sourceAddress, note);
    }

    public boolean isHandledBy(Account staff) {
        return staff.belongsTo(department);
    }

    public boolean isAskedBy(Account account) {
        return asker.is(account);
    }

    /** Whether the typed access code is this visitor question's; false for an applicant's question. */
    public boolean opensWith(String typedAccessCode) {
        return accessCodeHash != null && AccessCode.matches(accessCodeHash, number, typedAccessCode);
    }

    public boolean isPublished() {
        return status == QuestionStatus.PUBLISHED;
    }

    public List<String> getTextLines() {
        return TextRule.lines(text);
    }

    public List<String> getAnswerLines() {
        return TextRule.lines(answer);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Matter getMatter() {
        return matter;
    }

    public Department getDepartment() {
        return department;
    }

    public Asker getAsker() {
        return asker;
    }

    public String getText() {
        return text;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public OffsetDateTime getAskedAt() {
        return askedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredByName() {
        return answeredByName;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }

    public String getHeldTerms() {
        return heldTerms;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
