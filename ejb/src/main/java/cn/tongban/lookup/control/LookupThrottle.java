package cn.tongban.lookup.control;

import cn.tongban.lookup.entity.LookupFailure;
import cn.tongban.lookup.entity.LookupWindow;
import cn.tongban.lookup.entity.TooManyLookups;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Counts failed lookups per source address and per receipt number (第二十一条), in the database so that every
 * node counts the same. An EJB rather than a plain control because a failure must be recorded in a transaction
 * of its own: the lookup that failed answers NOT_FOUND and rolls its own transaction back.
 *
 * <p>Many people can share one address (a service hall, an enterprise behind one gateway), so an address
 * tolerates more failures than a receipt number, which belongs to one applicant.
 */
@Stateless
@PermitAll
public class LookupThrottle {

    /** Failures are kept a day for the security officer's reports, far longer than any window. */
    static final Duration RETENTION = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "tongban.lookup.window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "tongban.lookup.max-failures-per-receipt", defaultValue = "5")
    int perReceipt;

    @Inject
    @ConfigProperty(name = "tongban.lookup.max-failures-per-address", defaultValue = "20")
    int perAddress;

    /** The throttle key of a source address. */
    public static String addressKey(String address) {
        return truncated("address:" + address);
    }

    /** The throttle key of a receipt number, in its normal form. */
    public static String receiptKey(String receiptNumber) {
        return truncated("receipt:" + receiptNumber);
    }

    /** Refuses, with how long to wait, when the address or the receipt number has failed too often lately. */
    public void check(String address, String receiptNumber, OffsetDateTime now) {
        Optional<Duration> wait = retryAfter(addressKey(address), window(perAddress), now);
        if (receiptNumber != null) {
            Optional<Duration> receiptWait = retryAfter(receiptKey(receiptNumber), window(perReceipt), now);
            if (receiptWait.isPresent() && (wait.isEmpty() || receiptWait.get().compareTo(wait.get()) > 0)) {
                wait = receiptWait;
            }
        }
        if (wait.isPresent()) {
            throw new TooManyLookups(wait.get());
        }
    }

    /** Records a failed lookup against the address and the receipt number, whatever becomes of the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String address, String receiptNumber, OffsetDateTime now) {
        em.persist(new LookupFailure(addressKey(address), now));
        if (receiptNumber != null) {
            em.persist(new LookupFailure(receiptKey(receiptNumber), now));
        }
        em.createNamedQuery(LookupFailure.DELETE_BEFORE).setParameter("before", now.minus(RETENTION)).executeUpdate();
    }

    private Optional<Duration> retryAfter(String key, LookupWindow window, OffsetDateTime now) {
        List<OffsetDateTime> newest = em.createNamedQuery(LookupFailure.NEWEST_SINCE, OffsetDateTime.class)
                .setParameter("key", key)
                .setParameter("since", window.since(now))
                .setMaxResults(window.limit())
                .getResultList();
        return window.retryAfter(newest, now);
    }

    private LookupWindow window(int limit) {
        return new LookupWindow(limit, Duration.ofMinutes(windowMinutes));
    }

    private static String truncated(String key) {
        return key.length() <= LookupFailure.MAX_KEY ? key : key.substring(0, LookupFailure.MAX_KEY);
    }
}
