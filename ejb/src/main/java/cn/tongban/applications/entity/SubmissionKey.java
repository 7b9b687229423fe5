package cn.tongban.applications.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.platform.entity.BusinessException;
import jakarta.persistence.Column;
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

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An idempotency key a caller used to submit (网上申报, 第四条): the hash of the key, the hash of the request's
 * canonical form, the application it created and its first answer, sealed. The same key with the same request
 * answers that first answer again; with another request it is a conflict. Unique per caller and key, so two
 * concurrent submissions with one key create one application: the second waits for the first and then finds it.
 */
@Entity
@Table(name = "submission_key")
@NamedQuery(name = SubmissionKey.FIND, query = """
        SELECT k FROM SubmissionKey k LEFT JOIN FETCH k.application WHERE k.account = :account AND k.keyHash = :keyHash""")
public class SubmissionKey {

    public static final String FIND = "SubmissionKey.find";

    @Id
    @SequenceGenerator(name = "submission_key_seq", sequenceName = "submission_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_key_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Application application;

    @Column(name = "sealed_answer", length = 4000)
    private String sealedAnswer;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected SubmissionKey() {
    }

    /** Claims the key for a request, before the application exists: stored first, it makes a second claim wait. */
    public SubmissionKey(Account account, IdempotencyKey key, String requestHash, OffsetDateTime now) {
        this.account = Objects.requireNonNull(account);
        this.keyHash = key.hash();
        this.requestHash = Objects.requireNonNull(requestHash);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Records what the key's request created and answered. */
    public void fulfil(Application application, String sealedAnswer) {
        this.application = Objects.requireNonNull(application);
        this.sealedAnswer = sealedAnswer;
    }

    /**
     * The key was used before: for the same request, its application; for another one, a conflict — a key
     * names one submission, whatever comes later.
     */
    public Application replayFor(String requestHash) {
        if (!this.requestHash.equals(requestHash)) {
            throw BusinessException.conflict("submission.keyReused");
        }
        return application;
    }

    public String getSealedAnswer() {
        return sealedAnswer;
    }

    public Application getApplication() {
        return application;
    }
}
