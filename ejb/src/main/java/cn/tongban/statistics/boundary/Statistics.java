package cn.tongban.statistics.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Role;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;
import cn.tongban.statistics.control.FigureQuery;
import cn.tongban.statistics.entity.Breakdown;
import cn.tongban.statistics.entity.Choices;
import cn.tongban.statistics.entity.FigureRow;
import cn.tongban.statistics.entity.Label;
import cn.tongban.statistics.entity.ReportingPeriod;
import cn.tongban.statistics.entity.PeriodPreset;
import cn.tongban.statistics.entity.Report;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The statistics of the departments' work for supervising their efficiency (效能监察, 第二十七条). The service
 * office and the supervision department see every department; a department's leader and business owner see their
 * own. Read only: the figures are counted by the database ({@link FigureQuery}), a handful of statements per report.
 */
@Stateless
@RolesAllowed({Role.Names.SERVICE_OFFICE, Role.Names.SUPERVISOR, Role.Names.DEPT_ADMIN, Role.Names.APPROVER})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Statistics {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    Accounts accounts;

    @Inject
    Clock clock;

    /** A preset period as of today in Beijing. */
    public ReportingPeriod period(PeriodPreset preset) {
        return preset.period(LocalDate.now(clock));
    }

    /**
     * The report of the period for the caller's scope: every department or the one given (by code), optionally one
     * matter of it. A department's staff get their own department's, whatever they ask for another is refused.
     */
    public Report report(ReportingPeriod period, String departmentCode, String matterCode) {
        if (period == null) {
            throw BusinessException.invalidFields(List.of(new Violation("from", "field.required")));
        }
        Department department = department(departmentCode);
        Matter matter = matter(matterCode, department);
        if (department == null && matter != null) {
            department = matter.getDepartment();
        }
        Long departmentId = department == null ? null : department.getId();
        Long matterId = matter == null ? null : matter.getId();
        FigureQuery query = new FigureQuery(em);
        LocalDate today = LocalDate.now(clock);
        List<FigureRow> byDepartment = department == null
                ? query.rows(Breakdown.DEPARTMENT, period, today, null, null) : List.of();
        return new Report(period, label(department), label(matter),
                query.rows(Breakdown.TOTAL, period, today, departmentId, matterId).get(0).figures(),
                byDepartment,
                query.rows(Breakdown.MATTER, period, today, departmentId, matterId),
                query.rows(Breakdown.PERIOD, period, today, departmentId, matterId));
    }

    /** The departments and matters the caller may narrow the statistics to. */
    public Choices choices() {
        if (seesAllDepartments()) {
            List<Label> departments = em.createNamedQuery(Department.FIND_ALL, Department.class).getResultStream()
                    .map(Statistics::label).toList();
            List<Choices.MatterChoice> matters = em.createQuery(
                            "SELECT m FROM Matter m JOIN FETCH m.department ORDER BY m.code", Matter.class)
                    .getResultStream().map(Statistics::choice).toList();
            return new Choices(true, departments, matters);
        }
        Department own = accounts.current().getDepartment();
        List<Choices.MatterChoice> matters = em.createNamedQuery(Matter.FIND_BY_DEPARTMENT, Matter.class)
                .setParameter("department", own).getResultStream().map(Statistics::choice).toList();
        return new Choices(false, List.of(label(own)), matters);
    }

    private boolean seesAllDepartments() {
        return session.isCallerInRole(Role.Names.SERVICE_OFFICE) || session.isCallerInRole(Role.Names.SUPERVISOR);
    }

    /** The department asked for, or the caller's own for a department's staff; null for all departments. */
    private Department department(String code) {
        String wanted = code == null || code.isBlank() ? null : code.strip();
        if (!seesAllDepartments()) {
            Department own = accounts.current().getDepartment();
            if (wanted != null && !wanted.equals(own.getCode())) {
                throw BusinessException.forbidden("statistics.otherDepartment", wanted);
            }
            return own;
        }
        if (wanted == null) {
            return null;
        }
        return em.createNamedQuery(Department.FIND_BY_CODE, Department.class).setParameter("code", wanted)
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.invalidFields(
                        List.of(new Violation("department", "statistics.unknownDepartment", wanted))));
    }

    /** The matter asked for, which must belong to the department when one is chosen; null for all matters. */
    private Matter matter(String code, Department department) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String wanted = code.strip();
        Matter matter = em.createNamedQuery(Matter.FIND_BY_CODE, Matter.class).setParameter("code", wanted)
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.invalidFields(
                        List.of(new Violation("matter", "statistics.unknownMatter", wanted))));
        if (department != null && !matter.getDepartment().getId().equals(department.getId())) {
            throw BusinessException.invalidFields(
                    List.of(new Violation("matter", "statistics.matterOfOtherDepartment", wanted, department.getCode())));
        }
        return matter;
    }

    private static Choices.MatterChoice choice(Matter matter) {
        return new Choices.MatterChoice(matter.getDepartment().getCode(), label(matter));
    }

    private static Label label(Department department) {
        return department == null ? null : new Label(department.getCode(), department.getName(), department.getNameEn());
    }

    private static Label label(Matter matter) {
        return matter == null ? null : new Label(matter.getCode(), matter.getName(), matter.getNameEn());
    }
}
