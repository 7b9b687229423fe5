package cn.tongban.events.control;

import cn.tongban.events.entity.FeedCounter;
import cn.tongban.events.entity.FeedEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Numbers the committed events of the feed, in the order they became visible.
 *
 * <p>Why not simply the id: ids come from a sequence when a row is inserted, not when its transaction commits.
 * With two writers at once, the one holding id 10 may commit after the one holding id 11; a reader who had read
 * 11 and moved its cursor past it would skip 10 for ever. So the writers leave the position empty, and the
 * position is given here, only to rows that have committed (a statement sees no uncommitted row), while the one
 * row of {@code feed_counter} is locked: batches are numbered one at a time, each commits before the next starts,
 * and a position, once visible, has every smaller position visible before it. A row committed late gets a later
 * position, never a gap behind a reader. A writer's transaction takes no extra lock at all (it only inserts), so
 * the lifecycle does not queue on the feed; the numbering runs when the feed is read (and costs one short locked
 * statement when there is nothing to number). Plain SQL with a row lock, so it behaves the same on PostgreSQL and
 * on H2.</p>
 */
@Dependent
public class FeedSequencer {

    /** Numbered per call at most; a reader numbers the rest on its next call. */
    public static final int BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    /** Numbers the committed, unnumbered events, oldest first, within the caller's transaction. */
    public int numberCommitted() {
        FeedCounter counter = em.find(FeedCounter.class, FeedCounter.THE_ONE, LockModeType.PESSIMISTIC_WRITE);
        List<FeedEvent> unnumbered = em.createNamedQuery(FeedEvent.UNNUMBERED, FeedEvent.class)
                .setMaxResults(BATCH)
                .getResultList();
        unnumbered.forEach(event -> event.number(counter.next()));
        em.flush();
        return unnumbered.size();
    }
}
