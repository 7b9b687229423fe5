package cn.tongban.evaluations.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationStatus;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An applicant's rating of a completed application (好差评): one to five stars and an optional comment, once.
 * A rating of {@value #POOR_AT_MOST} stars or fewer is poor: the owning department answers it, once, and the
 * applicant reads the answer.
 */
@Entity
@Table(name = "evaluation")
@NamedQuery(name = Evaluation.FIND_BY_APPLICATION,
        query = "SELECT e FROM Evaluation e WHERE e.application = :application")
@NamedQuery(name = Evaluation.FIND_BY_APPLICANT, query = """
        SELECT e FROM Evaluation e JOIN FETCH e.application a JOIN FETCH e.department
        WHERE e.applicant = :applicant ORDER BY e.ratedAt DESC""")
@NamedQuery(name = Evaluation.FIND_POOR_BY_DEPARTMENT, query = """
        SELECT e FROM Evaluation e JOIN FETCH e.application a JOIN FETCH a.matter JOIN FETCH e.applicant
        WHERE e.department = :department AND e.poor = TRUE ORDER BY e.ratedAt DESC""")
public class Evaluation {

    public static final String FIND_BY_APPLICATION = "Evaluation.findByApplication";
    public static final String FIND_BY_APPLICANT = "Evaluation.findByApplicant";
    public static final String FIND_POOR_BY_DEPARTMENT = "Evaluation.findPoorByDepartment";
    public static final int POOR_AT_MOST = 2;
    public static final int MAX_COMMENT = 500;
    public static final int MAX_RESPONSE = 1000;

    @Id
    @SequenceGenerator(name = "evaluation_seq", sequenceName = "evaluation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, unique = true)
    private Application application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id", nullable = false)
    private Account applicant;

    /** The department that handled the application and answers a poor rating. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Column(nullable = false)
    private int stars;

    @Column(nullable = false)
    private boolean poor;

    @Column(length = MAX_COMMENT)
    private String comment;

    @Column(name = "rated_at", nullable = false)
    private OffsetDateTime ratedAt;

    @Column(length = MAX_RESPONSE)
    private String response;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responder_id")
    private Account responder;

    @Column(name = "responder_name", length = 200)
    private String responderName;

    @Column(name = "responded_at")
    private OffsetDateTime respondedAt;

    @Version
    private long version;

    protected Evaluation() {
    }

    private Evaluation(Application application, Account applicant, int stars, String comment, OffsetDateTime now) {
        this.application = application;
        this.applicant = applicant;
        this.department = application.getDepartment();
        this.stars = stars;
        this.poor = stars <= POOR_AT_MOST;
        this.comment = comment;
        this.ratedAt = now;
    }

    /**
     * The applicant rates the completed application. Only its own applicant may (anyone else is told there is
     * no such application), only once it is 办结, and the stars and comment must be in range. Whether it has been
     * rated already is the caller's to check (and the database's unique key's).
     */
    public static Evaluation rate(Application application, Account by, Integer stars, String comment, OffsetDateTime now) {
        if (!application.isOwnedBy(by)) {
            throw BusinessException.notFound("application.unknown", application.getReceiptNumber().value());
        }
        List<Violation> violations = new ArrayList<>();
        if (stars == null) {
            violations.add(new Violation("stars", "field.required"));
        } else if (stars < 1 || stars > 5) {
            violations.add(new Violation("stars", "evaluation.starsRange"));
        }
        String text = blankToNull(comment);
        if (text != null && text.length() > MAX_COMMENT) {
            violations.add(new Violation("comment", "field.tooLong", MAX_COMMENT));
        }
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
        if (application.getStatus() != ApplicationStatus.COMPLETED) {
            throw BusinessException.conflict("evaluation.notCompleted", application.getReceiptNumber().value());
        }
        return new Evaluation(application, by, stars, text, now);
    }

    /**
     * The owning department answers a poor rating, once: its leader (APPROVER) or business owner (DEPT_ADMIN).
     */
    public void respond(Account staff, String text, OffsetDateTime now) {
        if (!staff.belongsTo(department) || !(staff.hasRole(Role.APPROVER) || staff.hasRole(Role.DEPT_ADMIN))) {
            throw BusinessException.notFound("evaluation.unknown", id);
        }
        String answer = blankToNull(text);
        if (answer == null) {
            throw BusinessException.invalidFields(List.of(new Violation("response", "field.required")));
        }
        if (answer.length() > MAX_RESPONSE) {
            throw BusinessException.invalidFields(List.of(new Violation("response", "field.tooLong", MAX_RESPONSE)));
        }
        if (!poor) {
            throw BusinessException.conflict("evaluation.notPoor", id);
        }
        if (response != null) {
            throw BusinessException.conflict("evaluation.alreadyAnswered", id);
        }
        this.response = answer;
        this.responder = staff;
        this.responderName = staff.getDisplayName();
        this.respondedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public Account getApplicant() {
        return applicant;
    }

    public Department getDepartment() {
        return department;
    }

    public int getStars() {
        return stars;
    }

    public boolean isPoor() {
        return poor;
    }

    public String getComment() {
        return comment;
    }

    public OffsetDateTime getRatedAt() {
        return ratedAt;
    }

    public String getResponse() {
        return response;
    }

    public String getResponderName() {
        return responderName;
    }

    public OffsetDateTime getRespondedAt() {
        return respondedAt;
    }

    public boolean isAnswered() {
        return response != null;
    }
}
