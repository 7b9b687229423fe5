package cn.tongban.it.events;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.ApprovalWorkflow;
import cn.tongban.applications.boundary.Tasks;
import cn.tongban.applications.entity.Task;
import cn.tongban.applications.entity.TaskKind;
import cn.tongban.deadlines.entity.AlertLevel;
import cn.tongban.deadlines.entity.DeadlineAlert;
import cn.tongban.events.boundary.EventFeed;
import cn.tongban.events.entity.FeedCursor;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.events.control.FeedSequencer;
import cn.tongban.events.entity.FeedEvent;
import cn.tongban.events.entity.FeedEventType;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.it.SampleForms;
import cn.tongban.platform.entity.BusinessException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The feed as an outbox, in the server: its events commit with the change that reports them or not at all, deadline
 * alerts (第二十七条) reach the task's department and the lead department, and an event is numbered only once its
 * transaction has committed.
 */
@ExtendWith(ArquillianExtension.class)
class FeedOutboxIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(FeedOutboxIT.class.getPackage());
    }

    @EJB
    Applications applications;

    @EJB
    ApprovalWorkflow workflow;

    @EJB
    Tasks tasks;

    @EJB
    EventFeed feed;

    @Inject
    Event<DeadlineAlert> alerts;

    @PersistenceContext(unitName = "tongban")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void aDeadlineAlertOnABranchReachesTheBranchAndTheLeadDepartment() throws Exception {
        FeedCursor zjjStart = end("partner");
        FeedCursor swujStart = end("swuj.partner");
        String receipt = acceptedParallelApplication();
        Task fire = branches(receipt).get(0);
        As.user("reviewer", () -> workflow.examineBranch(fire.getId(), true, "消防合格"));
        Task drainage = branches(receipt).get(2);

        transaction.begin();
        alerts.fire(new DeadlineAlert(77L, drainage.getId(), drainage.getApplication().getId(), receipt,
                drainage.getDepartment().getId(), drainage.getName(), false, AlertLevel.RED, LocalDate.of(2026, 11, 30), null));
        transaction.commit();

        FeedEvent atSwuj = only(As.user("swuj.partner", () -> feed.after(swujStart, 500)).events(), receipt, "deadline.alarm-raised");
        FeedEvent atZjj = only(As.user("partner", () -> feed.after(zjjStart, 500)).events(), receipt, "deadline.alarm-raised");
        assertEquals(drainage.getId(), atSwuj.getTaskId());
        assertTrue(atSwuj.getPayload().contains("\"level\":\"RED\"") && atSwuj.getPayload().contains("\"dueOn\":\"2026-11-30\""),
                atSwuj.getPayload());
        assertEquals(atSwuj.getPayload(), atZjj.getPayload());
    }

    @Test
    void eventsRollBackWithTheirChangeAndAreNumberedOnlyOnceCommitted() throws Exception {
        String receipt = As.user("zhangsan", () -> applications.submit("ZJJ-001", SampleForms.constructionPermit())
                .getReceiptNumber().value());
        long before = events(receipt);

        transaction.begin();
        try {
            Task acceptance = As.user("partner", () -> tasks.one(taskOf(receipt, TaskKind.ACCEPTANCE)));
            As.user("partner", () -> tasks.accept(acceptance.getId(), acceptance.getVersion(), "受理"));
            assertTrue(events(receipt) > before, "written in the step's transaction");
            assertEquals(0L, em.createQuery("SELECT COUNT(e) FROM FeedEvent e WHERE e.receiptNumber = :r AND e.position IS NOT NULL "
                    + "AND e.type = 'application.accepted'", Long.class).setParameter("r", receipt).getSingleResult());
        } finally {
            transaction.rollback();
        }
        assertEquals(before, events(receipt), "a step that did not happen reports nothing");

        assertThrows(BusinessException.class, () -> As.user("partner",
                () -> tasks.decide(taskOf(receipt, TaskKind.ACCEPTANCE), 0, true, "太早", "无")));
        assertEquals(before, events(receipt), "nor does a refused one");
    }

    @Test
    void aBacklogOfOtherDepartmentsEventsDoesNotHideOnesOwn() throws Exception {
        FeedCursor start = end("partner");
        Department swuj = em.createQuery("SELECT d FROM Department d WHERE d.code = 'SWUJ'", Department.class).getSingleResult();
        Department zjj = em.createQuery("SELECT d FROM Department d WHERE d.code = 'ZJJ'", Department.class).getSingleResult();
        OffsetDateTime now = OffsetDateTime.now();
        transaction.begin();
        for (int i = 0; i < FeedSequencer.BATCH + 100; i++) {
            em.persist(new FeedEvent(em.merge(swuj), FeedEventType.TASK_OPENED, null, null, null, null, now, "{}"));
        }
        em.persist(new FeedEvent(em.merge(zjj), FeedEventType.TASK_OPENED, null, "backlog-test", null, null, now, "{}"));
        transaction.commit();

        var page = As.user("partner", () -> feed.after(start, 10));
        assertEquals(List.of("backlog-test"), page.events().stream().map(FeedEvent::getReceiptNumber).toList(),
                "one read numbers the whole backlog before it answers");
    }

    /** Where the user's department's feed ends now. */
    private FeedCursor end(String user) throws Exception {
        FeedCursor cursor = FeedCursor.START;
        while (true) {
            FeedCursor from = cursor;
            var page = As.user(user, () -> feed.after(from, EventFeed.MAX_LIMIT));
            if (page.events().isEmpty()) {
                return cursor;
            }
            cursor = page.next();
        }
    }

    private String acceptedParallelApplication() throws Exception {
        String receipt = As.user("zhangsan", () -> applications.submit("ZJJ-003", SampleForms.parallelConstruction())
                .getReceiptNumber().value());
        As.user("clerk", () -> workflow.accept(receipt, "并联受理"));
        return receipt;
    }

    private List<Task> branches(String receipt) throws Exception {
        return As.user("approver", () -> workflow.tasks(receipt)).stream().filter(t -> t.getKind() == TaskKind.BRANCH).toList();
    }

    private long taskOf(String receipt, TaskKind kind) throws Exception {
        return As.user("approver", () -> workflow.tasks(receipt)).stream().filter(t -> t.getKind() == kind)
                .findFirst().orElseThrow().getId();
    }

    private long events(String receipt) {
        return em.createQuery("SELECT COUNT(e) FROM FeedEvent e WHERE e.receiptNumber = :r", Long.class)
                .setParameter("r", receipt).getSingleResult();
    }

    private static FeedEvent only(List<FeedEvent> events, String receipt, String type) {
        List<FeedEvent> matching = events.stream().filter(e -> receipt.equals(e.getReceiptNumber()) && type.equals(e.getType())).toList();
        assertEquals(1, matching.size(), matching.toString());
        return matching.get(0);
    }
}
