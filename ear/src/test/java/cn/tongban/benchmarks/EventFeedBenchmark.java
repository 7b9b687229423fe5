package cn.tongban.benchmarks;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.ApprovalWorkflow;
import cn.tongban.applications.entity.Task;
import cn.tongban.applications.entity.TaskKind;
import cn.tongban.events.boundary.EventFeed;
import cn.tongban.events.entity.FeedCursor;
import cn.tongban.it.As;
import cn.tongban.it.Deployments;
import cn.tongban.it.SampleForms;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The partners' event feed under load: writers submit, accept and answer the 前置 branch of parallel applications
 * (ZJJ-003) on several threads, each step writing its events in its own transaction; then 住建局's partner reads the
 * whole feed page by page (the first read also numbers the committed events), reads it again, and polls its end.
 * Prints the time per step and per page. Run by {@code benchmarks/event-feed/run.sh}; not part of the test command,
 * and it asserts only that every event was read once.
 */
@ExtendWith(ArquillianExtension.class)
class EventFeedBenchmark {

    private static final int APPLICATIONS = Integer.getInteger("tongban.bench.applications", 500);
    private static final int WRITERS = 4;
    private static final int PAGE = EventFeed.MAX_LIMIT;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(EventFeedBenchmark.class.getPackage());
    }

    @EJB
    Applications applications;

    @EJB
    ApprovalWorkflow workflow;

    @EJB
    EventFeed feed;

    /** Signed in once each: bcrypt on every call would measure the password hash, not the feed. */
    private final Map<String, SecurityIdentity> identities = new ConcurrentHashMap<>();

    @Test
    void writeConcurrentlyThenReadTheFeed() throws Exception {
        FeedCursor start = end();
        long writing = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int share = APPLICATIONS / WRITERS + (w < APPLICATIONS % WRITERS ? 1 : 0);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        String r = as("zhangsan", () -> applications.submit("ZJJ-003", SampleForms.parallelConstruction()))
                                .getReceiptNumber().value();
                        as("clerk", () -> workflow.accept(r, "并联受理"));
                        long fire = as("approver", () -> workflow.tasks(r)).stream().filter(t -> t.getKind() == TaskKind.BRANCH)
                                .map(Task::getId).findFirst().orElseThrow();
                        as("reviewer", () -> workflow.examineBranch(fire, true, "消防设计审查合格"));
                    }
                    return share;
                }));
            }
            for (Future<Integer> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long wrote = System.nanoTime() - writing;

        long firstRead = System.nanoTime();
        List<String> first = readAll(start);
        long firstNanos = System.nanoTime() - firstRead;
        long secondRead = System.nanoTime();
        List<String> second = readAll(start);
        long secondNanos = System.nanoTime() - secondRead;
        assertEquals(first, second);
        assertEquals(first.size(), new HashSet<>(first).size());
        // per application at ZJJ: submitted, acceptance opened, accepted, review and fire branch opened,
        // review started, branch agreed, the second ZJJ branch opened
        assertEquals(APPLICATIONS * 8L, first.size());

        FeedCursor end = end();
        int polls = 200;
        long polling = System.nanoTime();
        for (int i = 0; i < polls; i++) {
            as("partner", () -> feed.after(end, PAGE));
        }
        long pollNanos = System.nanoTime() - polling;

        int pages = (first.size() + PAGE - 1) / PAGE;
        System.out.printf("%nEvent feed: %d parallel applications (ZJJ-003) submitted, accepted and the 前置 branch answered "
                + "by %d writer threads:%n", APPLICATIONS, WRITERS);
        System.out.printf("  %-46s %8.0f ms  %7.2f ms/step  %7.0f steps/s%n", "writing (3 steps, events in each step)", wrote / 1e6,
                wrote / 1e6 / (APPLICATIONS * 3), APPLICATIONS * 3 / (wrote / 1e9));
        System.out.printf("  %-46s %8.0f ms  %7.2f ms/page  %7.0f events/s  (%d events of ZJJ, %d pages of %d)%n",
                "first read (numbers the committed events)", firstNanos / 1e6, firstNanos / 1e6 / pages,
                first.size() / (firstNanos / 1e9), first.size(), pages, PAGE);
        System.out.printf("  %-46s %8.0f ms  %7.2f ms/page  %7.0f events/s%n", "second read from the start", secondNanos / 1e6,
                secondNanos / 1e6 / pages, second.size() / (secondNanos / 1e9));
        System.out.printf("  %-46s %8.0f ms  %7.2f ms/poll%n", "polling the end, nothing new (" + polls + " polls)",
                pollNanos / 1e6, pollNanos / 1e6 / polls);
    }

    private List<String> readAll(FeedCursor from) throws Exception {
        List<String> cursors = new ArrayList<>();
        FeedCursor cursor = from;
        while (true) {
            FeedCursor after = cursor;
            var page = as("partner", () -> feed.after(after, PAGE));
            page.events().forEach(e -> cursors.add(String.valueOf(e.getPosition())));
            if (page.events().isEmpty()) {
                return cursors;
            }
            cursor = page.next();
        }
    }

    private FeedCursor end() throws Exception {
        FeedCursor cursor = FeedCursor.START;
        while (true) {
            FeedCursor after = cursor;
            var page = as("partner", () -> feed.after(after, PAGE));
            if (page.events().isEmpty()) {
                return cursor;
            }
            cursor = page.next();
        }
    }

    private <T> T as(String user, Callable<T> action) throws Exception {
        SecurityIdentity identity = identities.computeIfAbsent(user, u -> {
            try {
                return SecurityDomain.getCurrent().authenticate(u, new PasswordGuessEvidence(As.DEMO_PASSWORD.toCharArray()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return identity.runAs(action);
    }
}
