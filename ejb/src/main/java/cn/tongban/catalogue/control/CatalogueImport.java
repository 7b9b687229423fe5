package cn.tongban.catalogue.control;

import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.Matter;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.Map;

/**
 * Stores a checked catalogue file inside the caller's transaction: departments first (with their parents),
 * then the matters. Departments and matters already known by code are left as they are.
 */
@Dependent
public class CatalogueImport {

    @PersistenceContext
    EntityManager em;

    public int store(CatalogueFile file) {
        Map<String, Department> departments = new HashMap<>();
        em.createNamedQuery(Department.FIND_ALL, Department.class).getResultList()
                .forEach(d -> departments.put(d.getCode(), d));
        for (var entry : file.departments()) {
            if (!departments.containsKey(entry.code())) {
                var department = new Department(entry.code(), entry.name(), entry.nameEn(), entry.level(),
                        entry.parent() == null ? null : departments.get(entry.parent()));
                em.persist(department);
                departments.put(entry.code(), department);
            }
        }
        Map<String, Boolean> known = new HashMap<>();
        em.createQuery("SELECT m.code FROM Matter m", String.class).getResultList().forEach(c -> known.put(c, true));
        int added = 0;
        for (var entry : file.matters()) {
            if (known.containsKey(entry.code())) {
                continue;
            }
            em.persist(new Matter(entry.code(), entry.name(), entry.nameEn(), entry.kind(),
                    departments.get(entry.department()), entry.statutoryDays(), entry.promisedDays(),
                    entry.processType(), entry.onlineLevel()));
            added++;
        }
        return added;
    }
}
