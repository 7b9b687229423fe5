package cn.tongban.identity.boundary;

import cn.tongban.accounts.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Whether a partner system's certificate is still in force (第二十条). The server has checked that the certificate
 * was issued by the platform's CA and is the one registered for the account; this asks the database, on every
 * request, whether the account is still an enabled partner system and its certificate not revoked.
 */
@Stateless
@PermitAll
public class PartnerCertificates {

    @PersistenceContext
    EntityManager em;

    /** One indexed query: the enabled PARTNER account of this username, without a revocation. */
    public boolean inForce(String username) {
        return !em.createQuery("""
                        SELECT a.id FROM Account a JOIN a.roles r
                        WHERE a.username = :username AND a.enabled = TRUE AND r = :partner
                          AND NOT EXISTS (SELECT v.accountId FROM CertificateRevocation v WHERE v.accountId = a.id)""", Long.class)
                .setParameter("username", username)
                .setParameter("partner", Role.PARTNER)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
