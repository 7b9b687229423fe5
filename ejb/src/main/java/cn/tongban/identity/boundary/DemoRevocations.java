package cn.tongban.identity.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.identity.entity.CertificateRevocation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * With the demo data: the certificate of {@code partner.old}, 住建局's retired system, is revoked, so that its
 * certificate (made by the build) shows a revoked partner being refused.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoRevocations {

    static final String RETIRED_PARTNER = "partner.old";

    @Inject
    @ConfigProperty(name = "tongban.demo.enabled", defaultValue = "false")
    boolean enabled;

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    Clock clock;

    @PostConstruct
    void revoke() {
        if (!enabled) {
            return;
        }
        accounts.byUsername(RETIRED_PARTNER)
                .filter(partner -> em.find(CertificateRevocation.class, partner.getId()) == null)
                .ifPresent(partner -> em.persist(new CertificateRevocation(partner, "系统已停用（演示数据）", null,
                        OffsetDateTime.now(clock))));
    }
}
