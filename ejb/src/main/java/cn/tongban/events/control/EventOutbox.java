package cn.tongban.events.control;

import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationStepped;
import cn.tongban.applications.entity.StatusChange;
import cn.tongban.applications.entity.Task;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.deadlines.entity.AlertLevel;
import cn.tongban.deadlines.entity.DeadlineAlert;
import cn.tongban.events.entity.FeedEvent;
import cn.tongban.events.entity.FeedEventType;
import cn.tongban.notices.control.NoticeIssue;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes the feed's events of a step in the step's own transaction (an outbox): they commit with the change or
 * not at all, so a crash can lose neither the change's events nor invent events of a change that did not happen.
 * A step is reported to the owning department and to every department with a task on the application (the
 * branch departments of a parallel approval, 第六条); a task entering a work list is reported to its department,
 * once, after the last line of the step that opened it. A deadline's warning or alarm (第二十七条) is reported to the
 * task's department and, for a parallel branch, to the lead department too, in the sweep's transaction.
 */
@ApplicationScoped
public class EventOutbox {

    /** After the notice and the inbox, so that the feed writes last. */
    public static final int PRIORITY = NoticeIssue.PRIORITY + 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    void record(@Observes @Priority(PRIORITY) ApplicationStepped stepped) {
        Application application = em.find(Application.class, stepped.applicationId());
        StatusChange line = em.find(StatusChange.class, stepped.statusChangeId());
        JsonObjectBuilder data = base(application)
                .add("step", stepped.step().name())
                .add("status", stepped.status().name())
                .add("department", line.getDepartment() == null ? application.getDepartment().getCode()
                        : line.getDepartment().getCode());
        if (line.getTaskName() != null) {
            data.add("task", line.getTaskName());
        }
        String payload = data.build().toString();
        for (Department department : concerned(application)) {
            em.persist(new FeedEvent(department, FeedEventType.of(stepped.step()), application.getId(), stepped.receiptNumber(),
                    null, stepped.status().name(), line.getOccurredAt(), payload));
        }
        if (isLastLineOfItsStep(application, line)) {
            recordOpenedTasks(application, line);
        }
    }

    void record(@Observes @Priority(PRIORITY) DeadlineAlert alert) {
        Application application = em.find(Application.class, alert.applicationId());
        Department taskDepartment = em.find(Department.class, alert.departmentId());
        String payload = base(application)
                .add("alertId", alert.alertId())
                .add("taskId", alert.taskId())
                .add("name", alert.taskName())
                .add("department", taskDepartment.getCode())
                .add("prerequisite", alert.prerequisite())
                .add("level", alert.level().name())
                .add("dueOn", alert.dueOn().toString())
                .add("claimed", alert.assigneeId() != null)
                .build().toString();
        FeedEventType type = alert.level() == AlertLevel.RED ? FeedEventType.DEADLINE_ALARM_RAISED : FeedEventType.DEADLINE_WARNING_RAISED;
        Map<Long, Department> concerned = new LinkedHashMap<>();
        concerned.put(taskDepartment.getId(), taskDepartment);
        concerned.putIfAbsent(application.getDepartment().getId(), application.getDepartment());
        OffsetDateTime now = OffsetDateTime.now(clock);
        concerned.values().forEach(department -> em.persist(new FeedEvent(department, type, application.getId(),
                alert.receiptNumber(), alert.taskId(), application.getStatus().name(), now, payload)));
    }

    private void recordOpenedTasks(Application application, StatusChange line) {
        Set<Long> reported = new HashSet<>(em.createNamedQuery(FeedEvent.OPENED_TASKS, Long.class)
                .setParameter("application", application.getId())
                .setParameter("type", FeedEventType.TASK_OPENED.wireName())
                .getResultList());
        application.getTasks().stream()
                .filter(t -> t.getOpenedAt() != null && !reported.contains(t.getId()))
                .sorted(Comparator.comparingInt(Task::getSequence))
                .forEach(task -> em.persist(new FeedEvent(task.getDepartment(), FeedEventType.TASK_OPENED, application.getId(),
                        application.getReceiptNumber().value(), task.getId(), application.getStatus().name(),
                        task.getOpenedAt() == null ? line.getOccurredAt() : task.getOpenedAt(),
                        base(application)
                                .add("taskId", task.getId())
                                .add("kind", task.getKind().name())
                                .add("name", task.getName())
                                .add("department", task.getDepartment().getCode())
                                .add("prerequisite", task.isPrerequisite())
                                .add("status", task.getStatus().name())
                                .build().toString())));
    }

    /** A step may write several lines (审查中 and the branch's opinion); the tasks it opened are reported after the last. */
    private boolean isLastLineOfItsStep(Application application, StatusChange line) {
        Long last = em.createQuery("SELECT MAX(c.id) FROM StatusChange c WHERE c.application = :application", Long.class)
                .setParameter("application", application)
                .getSingleResult();
        return line.getId().equals(last);
    }

    /** The owning department first, then each other department with a task on the application, without repeats. */
    private static Iterable<Department> concerned(Application application) {
        Map<Long, Department> departments = new LinkedHashMap<>();
        departments.put(application.getDepartment().getId(), application.getDepartment());
        application.getTasks().forEach(t -> departments.putIfAbsent(t.getDepartment().getId(), t.getDepartment()));
        return departments.values();
    }

    private static JsonObjectBuilder base(Application application) {
        return Json.createObjectBuilder()
                .add("receiptNumber", application.getReceiptNumber().value())
                .add("matterCode", application.getMatter().getCode());
    }
}
