package cn.tongban.notifications.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.notifications.entity.InboxMessage;
import cn.tongban.platform.entity.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** The applicant's portal inbox (站内信, 结果反馈 第四条): their messages only, newest first. */
@Stateless
// applicants read the steps of their applications; staff who handle tasks their deadline alerts (第七、二十七条)
@RolesAllowed({Role.Names.APPLICANT, Role.Names.CLERK, Role.Names.REVIEWER, Role.Names.APPROVER})
public class Inbox {

    private static final int MAX_LIST = 200;

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    Clock clock;

    public List<InboxMessage> messages() {
        return em.createNamedQuery(InboxMessage.FIND_BY_RECIPIENT, InboxMessage.class)
                .setParameter("recipient", accounts.current())
                .setMaxResults(MAX_LIST)
                .getResultList();
    }

    public long unread() {
        return em.createNamedQuery(InboxMessage.COUNT_UNREAD, Long.class)
                .setParameter("recipient", accounts.current())
                .getSingleResult();
    }

    /** Marks one of the caller's messages read; another's is unknown to them. */
    public InboxMessage markRead(long messageId) {
        Account me = accounts.current();
        InboxMessage message = em.find(InboxMessage.class, messageId);
        if (message == null || !message.isFor(me)) {
            throw BusinessException.notFound("inbox.unknownMessage", messageId);
        }
        message.markRead(OffsetDateTime.now(clock));
        return message;
    }

    /** Marks every unread message of the caller read; answers how many. */
    public int markAllRead() {
        return em.createNamedQuery(InboxMessage.MARK_ALL_READ)
                .setParameter("recipient", accounts.current())
                .setParameter("now", OffsetDateTime.now(clock))
                .executeUpdate();
    }
}
