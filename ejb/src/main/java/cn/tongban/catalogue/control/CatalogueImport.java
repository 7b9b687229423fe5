package cn.tongban.catalogue.control;

import cn.tongban.accounts.entity.Account;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.catalogue.entity.MatterContent;
import cn.tongban.catalogue.entity.MatterVersion;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a checked catalogue file inside the caller's transaction: departments first (with their parents),
 * then each new matter with its first version in force. Matters already in the catalogue are left alone:
 * they change through versions, never by a re-import.
 */
@Dependent
public class CatalogueImport {

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterIndex index;

    /** The codes of the departments already known, for {@link CatalogueFile#read}. */
    public Set<String> departmentCodes() {
        return em.createNamedQuery(Department.FIND_ALL, Department.class).getResultStream()
                .map(Department::getCode).collect(Collectors.toSet());
    }

    /** Returns how many matters were added. {@code office} is who imports; null for the demo data. */
    public int store(CatalogueFile file, Account office, OffsetDateTime now) {
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
        Set<String> known = new HashSet<>(em.createQuery("SELECT m.code FROM Matter m", String.class).getResultList());
        Map<Matter, MatterContent> added = new LinkedHashMap<>();
        for (var entry : file.matters()) {
            if (!known.contains(entry.code())) {
                Matter matter = new Matter(entry.code(), departments.get(entry.department()), entry.content());
                em.persist(matter);
                added.put(matter, entry.content());
            }
        }
        // The matters reach the database before their versions, which refer to them and which they refer to.
        em.flush();
        added.forEach((matter, content) -> {
            MatterVersion first = MatterVersion.imported(matter, content, office, now);
            em.persist(first);
            matter.putInForce(first);
            index.add(matter);
        });
        return added.size();
    }
}
