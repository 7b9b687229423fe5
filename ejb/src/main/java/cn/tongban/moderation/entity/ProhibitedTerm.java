package cn.tongban.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A term that holds a post for review wherever it appears (第二十三条(一)), kept by the service office.
 * Removing a term keeps its row with who removed it, when and from where; adding it again brings it back.
 * Terms are identified by their normalized form, so {@code 加微信} and {@code 加 微 信} are one term.
 */
@Entity
@Table(name = "prohibited_term")
@NamedQuery(name = ProhibitedTerm.FIND_ACTIVE,
        query = "SELECT t FROM ProhibitedTerm t WHERE t.removedAt IS NULL ORDER BY t.term")
@NamedQuery(name = ProhibitedTerm.FIND_ACTIVE_TERMS,
        query = "SELECT t.term FROM ProhibitedTerm t WHERE t.removedAt IS NULL ORDER BY t.term")
@NamedQuery(name = ProhibitedTerm.FIND_BY_NORMALIZED,
        query = "SELECT t FROM ProhibitedTerm t WHERE t.normalized = :normalized")
public class ProhibitedTerm {

    public static final String FIND_ACTIVE = "ProhibitedTerm.findActive";
    public static final String FIND_ACTIVE_TERMS = "ProhibitedTerm.findActiveTerms";
    public static final String FIND_BY_NORMALIZED = "ProhibitedTerm.findByNormalized";

    @Id
    @SequenceGenerator(name = "prohibited_term_seq", sequenceName = "prohibited_term_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prohibited_term_seq")
    private Long id;

    @Column(nullable = false, length = 60)
    private String term;

    @Column(nullable = false, length = 60)
    private String normalized;

    @Column(name = "added_by", length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    @Column(name = "added_from", length = 64)
    private String addedFrom;

    @Column(name = "removed_by", length = 64)
    private String removedBy;

    @Column(name = "removed_at")
    private OffsetDateTime removedAt;

    @Column(name = "removed_from", length = 64)
    private String removedFrom;

    @Version
    private long version;

    protected ProhibitedTerm() {
    }

    /**
     * A new term, as the service office typed it; {@code normalized} is its form for matching (see
     * {@code TermMatcher.normalize}).
     */
    public ProhibitedTerm(String term, String normalized, String addedBy, OffsetDateTime addedAt, String addedFrom) {
        this.term = Objects.requireNonNull(term);
        this.normalized = Objects.requireNonNull(normalized);
        this.addedBy = addedBy;
        this.addedAt = Objects.requireNonNull(addedAt);
        this.addedFrom = addedFrom;
    }

    /** Takes a removed term back into force, spelt as now typed. */
    public void restore(String term, String addedBy, OffsetDateTime addedAt, String addedFrom) {
        if (isActive()) {
            throw new IllegalStateException("Term " + this.term + " is in force");
        }
        this.term = Objects.requireNonNull(term);
        this.addedBy = addedBy;
        this.addedAt = Objects.requireNonNull(addedAt);
        this.addedFrom = addedFrom;
        this.removedBy = null;
        this.removedAt = null;
        this.removedFrom = null;
    }

    public void remove(String removedBy, OffsetDateTime removedAt, String removedFrom) {
        if (!isActive()) {
            throw new IllegalStateException("Term " + term + " is removed already");
        }
        this.removedBy = removedBy;
        this.removedAt = Objects.requireNonNull(removedAt);
        this.removedFrom = removedFrom;
    }

    public boolean isActive() {
        return removedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getTerm() {
        return term;
    }

    public String getNormalized() {
        return normalized;
    }

    /** The user name of who added it; null for the demonstration terms the migration seeded. */
    public String getAddedBy() {
        return addedBy;
    }

    public OffsetDateTime getAddedAt() {
        return addedAt;
    }

    public String getRemovedBy() {
        return removedBy;
    }

    public OffsetDateTime getRemovedAt() {
        return removedAt;
    }
}
