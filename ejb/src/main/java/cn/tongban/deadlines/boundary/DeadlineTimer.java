package cn.tongban.deadlines.boundary;

import cn.tongban.deadlines.control.AlertSweep;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sweeps the deadlines every minute (效能监察, 第七、二十七条). The timer is persistent and kept in the database's timer
 * store, so that in a cluster each tick runs on one node only; even if two nodes swept at once, each alert would
 * still be issued once ({@link AlertSweep}). A tick missed while every node was down is not replayed: the next
 * sweep finds all that became due meanwhile.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeadlineTimer {

    /** Tasks per transaction: short transactions, and locks held only briefly. */
    static final int BATCH = 1000;

    private static final Logger LOG = Logger.getLogger(DeadlineTimer.class.getName());

    @EJB
    Deadlines deadlines;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = true, info = "deadline sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int issued = 0;
        AlertSweep.Batch batch;
        do {
            batch = deadlines.sweep(now, BATCH);
            issued += batch.issued();
        } while (batch.taken() == BATCH);
        if (issued > 0) {
            LOG.log(Level.INFO, "Deadline sweep at {0}: {1} alerts issued", new Object[]{now, issued});
        }
    }
}
