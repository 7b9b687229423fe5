package cn.tongban.events.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Role;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.events.control.FeedSequencer;
import cn.tongban.events.entity.FeedCursor;
import cn.tongban.events.entity.FeedEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The caller's department's event feed (第五条), read page by page after a cursor: every event once, in the order
 * the changes committed ({@link FeedSequencer}), for as long as the database keeps them — so a partner system that
 * was down for a day reads on from its last cursor and misses nothing.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.DEPT_ADMIN, Role.Names.PARTNER})
public class EventFeed {

    /** The most events a page holds. */
    public static final int MAX_LIMIT = 500;

    /** At most this many batches are numbered per read; a backlog beyond (after an outage) is numbered over the next reads. */
    static final int MAX_ROUNDS = 20;

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    FeedSequencer sequencer;

    /** The events after the cursor, and the cursor to read on from (the same one when there was nothing new). */
    public record Page(List<FeedEvent> events, FeedCursor next) {
    }

    public Page after(FeedCursor cursor, int limit) {
        Long department = accounts.current().getDepartment().getId();
        // everything committed so far gets its place first, so that an empty page means nothing new
        for (int round = 0; round < MAX_ROUNDS && sequencer.numberCommitted() == FeedSequencer.BATCH; round++) {
            em.clear();
        }
        List<FeedEvent> events = em.createNamedQuery(FeedEvent.PAGE_FOR_DEPARTMENT, FeedEvent.class)
                .setParameter("department", em.getReference(Department.class, department))
                .setParameter("after", cursor.position())
                .setMaxResults(Math.min(Math.max(1, limit), MAX_LIMIT))
                .getResultList();
        FeedCursor next = events.isEmpty() ? cursor : new FeedCursor(events.get(events.size() - 1).getPosition());
        return new Page(events, next);
    }
}
