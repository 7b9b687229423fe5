package cn.tongban.it.changes;

import cn.tongban.accounts.control.PasswordHashing;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.it.As;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import java.time.OffsetDateTime;
import java.util.EnumSet;

/**
 * Accounts the demo data lacks, made by the tests for themselves: the demo has a business owner (DEPT_ADMIN)
 * only for 住建局, and the rule "only a department's own business owner" needs one of another department.
 */
@ApplicationScoped
public class TestAccounts {

    /** A trained DEPT_ADMIN of 水务局 (SWUJ), with the demo password. */
    public static final String SWUJ_ADMIN = "swuj.changes.admin";

    @PersistenceContext(unitName = "tongban")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** Creates the SWUJ business owner unless a test already has. */
    public void ensureSwujAdmin() throws Exception {
        transaction.begin();
        try {
            boolean exists = !em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                    .setParameter("username", SWUJ_ADMIN).getResultList().isEmpty();
            if (!exists) {
                Department swuj = em.createNamedQuery(Department.FIND_BY_CODE, Department.class)
                        .setParameter("code", "SWUJ").getSingleResult();
                Account admin = Account.ofDepartment(SWUJ_ADMIN, PasswordHashing.hash(As.DEMO_PASSWORD.toCharArray()),
                        "测试业务负责人（水务）", swuj, EnumSet.of(Role.DEPT_ADMIN), OffsetDateTime.now());
                admin.passTraining();
                em.persist(admin);
            }
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
