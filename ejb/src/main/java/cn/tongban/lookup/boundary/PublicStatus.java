package cn.tongban.lookup.boundary;

import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.QueryCode;
import cn.tongban.applications.entity.ReceiptNumber;
import cn.tongban.applications.entity.StatusChange;
import cn.tongban.lookup.control.LookupThrottle;
import cn.tongban.lookup.entity.PublicStatusView;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.RequestOrigin;
import cn.tongban.platform.entity.Violation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The public status lookup (结果反馈, 第四、十三条): with the receipt number and the query code, anyone reads
 * the application's status and public timeline without signing in.
 *
 * <p>Nothing tells a wrong code from an unknown or malformed number: the same NOT_FOUND, after the same work
 * (one hash and one constant-time comparison either way). Each failure counts against the caller's address and
 * the receipt number; too many within the window and lookups are refused for a while, even with the right code
 * (第二十一条).
 */
@Stateless
@PermitAll
public class PublicStatus {

    private static final String TIMELINE = """
            SELECT c FROM StatusChange c LEFT JOIN FETCH c.department
            WHERE c.application = :application ORDER BY c.occurredAt, c.id""";

    @PersistenceContext
    EntityManager em;

    @EJB
    LookupThrottle throttle;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    public PublicStatusView status(String receiptNumber, String queryCode) {
        List<Violation> missing = new ArrayList<>();
        if (receiptNumber == null || receiptNumber.isBlank()) {
            missing.add(new Violation("receiptNumber", "field.required"));
        }
        if (queryCode == null || queryCode.isBlank()) {
            missing.add(new Violation("queryCode", "field.required"));
        }
        if (!missing.isEmpty()) {
            throw BusinessException.invalidFields(missing);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String receipt = ReceiptNumber.isWellFormed(receiptNumber) ? ReceiptNumber.parse(receiptNumber).value() : null;
        String address = origin.address();
        throttle.check(address, receipt, now);

        Application application = receipt == null ? null : em.createNamedQuery(Application.FIND_BY_RECEIPT, Application.class)
                .setParameter("receiptNumber", receipt)
                .getResultStream()
                .findFirst()
                .orElse(null);
        boolean matches = application != null
                ? application.matchesQueryCode(queryCode)
                : QueryCode.matches(null, receiptNumber.strip(), queryCode);
        if (!matches) {
            throttle.recordFailure(address, receipt, now);
            throw BusinessException.notFound("lookup.notFound");
        }
        List<StatusChange> timeline = em.createQuery(TIMELINE, StatusChange.class)
                .setParameter("application", application)
                .getResultList();
        return PublicStatusView.of(application, timeline);
    }
}
