package cn.tongban.applications.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.calendar.entity.HolidayFile;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.DepartmentLevel;
import cn.tongban.deadlines.entity.DeadlineRules;
import cn.tongban.platform.entity.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may take a task: a department's own system (PARTNER, 第五条) acts for the whole department, and only for it. */
class TaskTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T10:00:00+08:00");

    private final Department zjj = new Department("ZJJ", "住建局", "Housing", DepartmentLevel.CITY, null);
    private final Department swuj = new Department("SWUJ", "水务局", "Water", DepartmentLevel.CITY, null);
    private final Account partner = account("partner", zjj, Role.PARTNER);
    private final Account otherPartner = account("swuj.partner", swuj, Role.PARTNER);
    private final Account clerk = trained(account("clerk", zjj, Role.CLERK));
    private final Account reviewer = trained(account("reviewer", zjj, Role.REVIEWER));

    @Test
    void thePartnerMayTakeEveryKindOfTaskOfItsDepartmentWithoutTraining() {
        for (TaskKind kind : TaskKind.values()) {
            assertTrue(task(kind, zjj, Role.APPROVER).isFor(partner), kind.name());
            assertFalse(task(kind, swuj, Role.REVIEWER).isFor(partner), kind.name());
        }
        assertFalse(task(TaskKind.ACCEPTANCE, zjj, Role.CLERK).isFor(otherPartner));
        assertFalse(task(TaskKind.ACCEPTANCE, zjj, Role.CLERK).isFor(reviewer), "staff keep to their post");
    }

    @Test
    void thePartnerHandsAnOpenTaskToAMemberOfStaffWhoMayTakeIt() {
        Task task = task(TaskKind.ACCEPTANCE, zjj, Role.CLERK);
        task.handOver(partner, clerk);
        assertEquals(TaskStatus.CLAIMED, task.getStatus());
        assertEquals(clerk, task.getAssignee());

        Task other = task(TaskKind.ACCEPTANCE, zjj, Role.CLERK);
        assertEquals(BusinessException.Reason.INVALID, assertThrows(BusinessException.class,
                () -> other.handOver(partner, reviewer)).reason(), "not the task's post");
        assertEquals(BusinessException.Reason.INVALID, assertThrows(BusinessException.class,
                () -> other.handOver(partner, otherPartner)).reason(), "a task goes to staff, not to a system");
        assertEquals(BusinessException.Reason.FORBIDDEN, assertThrows(BusinessException.class,
                () -> other.handOver(otherPartner, clerk)).reason(), "not its department");
        assertEquals(TaskStatus.OPEN, other.getStatus());
    }

    @Test
    void staffHandOverOnlyWhatTheyHold() {
        Task task = task(TaskKind.ACCEPTANCE, zjj, Role.CLERK);
        assertEquals(BusinessException.Reason.CONFLICT, assertThrows(BusinessException.class,
                () -> task.handOver(clerk, trained(account("clerk2", zjj, Role.CLERK)))).reason());
    }

    private static Task task(TaskKind kind, Department department, Role role) {
        Task task = new Task(new Application(), 0, kind, "测试", department, role, false, 1);
        task.open(NOW, new DeadlineRules(HolidayFile.calendar(), 1));
        return task;
    }

    private static Account account(String username, Department department, Role role) {
        return Account.ofDepartment(username, "hash", username, department, EnumSet.of(role), NOW);
    }

    private static Account trained(Account account) {
        account.passTraining();
        return account;
    }
}
