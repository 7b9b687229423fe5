package cn.tongban.catalogue.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.catalogue.control.CatalogueFile;
import cn.tongban.platform.entity.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.tongban.catalogue.entity.VersionStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The versioning rules of 第十四条, without a database. */
class MatterVersionTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final LocalDate TODAY = NOW.toLocalDate();

    private final Department zjj = new Department("ZJJ", "住建局", null, DepartmentLevel.CITY, null);
    private final Department swuj = new Department("SWUJ", "水务局", null, DepartmentLevel.CITY, null);
    private final Department office = new Department("XZFWB", "服务办", null, DepartmentLevel.CITY, null);
    private final Account admin = staff("admin", zjj, Role.DEPT_ADMIN);
    private final Account approver = staff("approver", zjj, Role.APPROVER);
    private final Account otherApprover = staff("other", swuj, Role.APPROVER);
    private final Account serviceOffice = staff("office", office, Role.SERVICE_OFFICE);
    private MatterContent content;
    private Matter matter;

    @BeforeEach
    void sampleMatter() throws IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream("seed/catalogue.json")) {
            content = CatalogueFile.read(in, Set.of()).matters().stream()
                    .filter(m -> m.code().equals("ZJJ-001")).findFirst().orElseThrow().content();
        }
        matter = new Matter("ZJJ-001", zjj, content);
    }

    @ParameterizedTest
    @EnumSource(VersionStatus.class)
    void everyAllowedAndEveryRefusedStep(VersionStatus from) {
        Map<VersionStatus, Set<VersionStatus>> allowed = Map.of(
                DRAFT, EnumSet.of(CONFIRMED),
                CONFIRMED, EnumSet.of(FILED, DRAFT),
                FILED, EnumSet.of(PUBLISHED, IN_FORCE, DRAFT),
                PUBLISHED, EnumSet.of(IN_FORCE),
                IN_FORCE, EnumSet.of(SUPERSEDED),
                SUPERSEDED, EnumSet.noneOf(VersionStatus.class));
        for (VersionStatus to : VersionStatus.values()) {
            assertEquals(allowed.get(from).contains(to), from.mayMoveTo(to), from + " -> " + to);
        }
    }

    @Test
    void theWholePathPutsTheVersionInForce() {
        MatterVersion first = MatterVersion.imported(matter, content, serviceOffice, NOW);
        matter.putInForce(first);
        MatterVersion next = MatterVersion.draft(matter, 2, content.withTimeLimits(7, 2), "提速", admin, NOW);
        next.confirm(approver, "同意", NOW);
        next.file(serviceOffice, null, NOW);
        assertTrue(next.publish(serviceOffice, TODAY, TODAY, NOW));
        matter.putInForce(next);

        assertEquals(IN_FORCE, next.getStatus());
        assertEquals(SUPERSEDED, first.getStatus());
        assertEquals(2, matter.getPromisedDays());
    }

    @Test
    void stepsCannotBeSkipped() {
        MatterVersion draft = MatterVersion.draft(matter, 2, content, "改", admin, NOW);
        assertThrows(BusinessException.class, () -> draft.file(serviceOffice, null, NOW));
        assertThrows(BusinessException.class, () -> draft.publish(serviceOffice, TODAY, TODAY, NOW));
        draft.confirm(approver, null, NOW);
        assertThrows(BusinessException.class, () -> draft.confirm(approver, null, NOW));
        assertThrows(BusinessException.class, () -> draft.revise(content, "再改", admin, NOW));
    }

    @Test
    void eachStepHasItsRoleAndDepartment() {
        assertThrows(BusinessException.class, () -> MatterVersion.draft(matter, 2, content, "改", approver, NOW));
        assertThrows(BusinessException.class, () -> MatterVersion.draft(matter, 2, content, "改",
                staff("swuj.admin", swuj, Role.DEPT_ADMIN), NOW));
        MatterVersion draft = MatterVersion.draft(matter, 2, content, "改", admin, NOW);
        assertThrows(BusinessException.class, () -> draft.confirm(otherApprover, null, NOW));
        assertThrows(BusinessException.class, () -> draft.confirm(serviceOffice, null, NOW));
        draft.confirm(approver, null, NOW);
        assertThrows(BusinessException.class, () -> draft.file(approver, null, NOW));
        assertEquals(CONFIRMED, draft.getStatus());
    }

    @Test
    void aLaterDayPublishesWithoutPuttingInForce() {
        MatterVersion draft = MatterVersion.draft(matter, 2, content, "改", admin, NOW);
        draft.confirm(approver, null, NOW);
        draft.file(serviceOffice, null, NOW);
        assertThrows(BusinessException.class, () -> draft.publish(serviceOffice, TODAY.minusDays(1), TODAY, NOW));
        assertFalse(draft.publish(serviceOffice, TODAY.plusDays(3), TODAY, NOW));
        assertEquals(PUBLISHED, draft.getStatus());
        draft.comeIntoForce();
        assertEquals(IN_FORCE, draft.getStatus());
    }

    @Test
    void returningNeedsAReasonAndClearsTheApprovals() {
        MatterVersion draft = MatterVersion.draft(matter, 2, content, "改", admin, NOW);
        draft.confirm(approver, null, NOW);
        assertThrows(BusinessException.class, () -> draft.returnToDraft(serviceOffice, ""));
        assertThrows(BusinessException.class, () -> draft.returnToDraft(admin, "不行"));
        draft.returnToDraft(serviceOffice, "缺少依据");
        assertEquals(DRAFT, draft.getStatus());
        assertEquals(null, draft.getConfirmedBy());
        draft.revise(content.withTimeLimits(7, 1), "补充", admin, NOW);
        assertEquals(1, draft.getContent().promisedDays());
    }

    @Test
    void theContentSurvivesItsJsonFormAndDifferencesAreFieldByField() {
        assertEquals(content, MatterContent.fromJson("ZJJ-001", content.toJson()));
        var changed = content.withTimeLimits(content.statutoryDays(), content.promisedDays() - 1);
        assertEquals(1, changed.differencesFrom(content).size());
        assertEquals("promisedDays", changed.differencesFrom(content).get(0).field());
        assertTrue(content.differencesFrom(content).isEmpty());
    }

    @Test
    void thePromiseMustLieWithinTheLaw() {
        assertThrows(IllegalArgumentException.class, () -> content.withTimeLimits(3, 4));
    }

    private static Account staff(String name, Department department, Role role) {
        Account account = Account.ofDepartment(name, "$2a$10$x", name, department, EnumSet.of(role), NOW);
        account.passTraining();
        return account;
    }
}
