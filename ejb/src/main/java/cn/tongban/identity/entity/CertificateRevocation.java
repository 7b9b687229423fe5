package cn.tongban.identity.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A partner system's certificate, revoked (第二十条). From the next request on, the server's certificate realm
 * grants the account no role and the API refuses it; the account itself and its history stay.
 */
@Entity
@Table(name = "partner_certificate_revocation")
public class CertificateRevocation {

    public static final int MAX_REASON = 500;

    /** The revoked partner account's id: one revocation per account. */
    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "revoked_at", nullable = false)
    private OffsetDateTime revokedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revoked_by")
    private Account revokedBy;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    protected CertificateRevocation() {
    }

    /**
     * Revokes the certificate of a partner system's account.
     *
     * @param revokedBy who revoked it; null when the system did (the demo data)
     */
    public CertificateRevocation(Account partner, String reason, Account revokedBy, OffsetDateTime at) {
        if (!partner.hasRole(Role.PARTNER)) {
            throw new IllegalArgumentException("Only a partner system's certificate can be revoked: " + partner.getUsername());
        }
        this.accountId = Objects.requireNonNull(partner.getId());
        this.reason = Objects.requireNonNull(reason);
        this.revokedBy = revokedBy;
        this.revokedAt = Objects.requireNonNull(at);
    }

    public Long getAccountId() {
        return accountId;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getReason() {
        return reason;
    }
}
