package cn.tongban.catalogue.boundary;

import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.platform.entity.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The public catalogue: anyone may read the matters and departments (第四条: 办事指南). */
@Stateless
@PermitAll
public class Catalogue {

    @PersistenceContext
    EntityManager em;

    public List<Matter> matters(int first, int max) {
        return em.createNamedQuery(Matter.FIND_ALL, Matter.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), 200))
                .getResultList();
    }

    public long matterCount() {
        return em.createNamedQuery(Matter.COUNT_ALL, Long.class).getSingleResult();
    }

    public Matter matter(String code) {
        return em.createNamedQuery(Matter.FIND_BY_CODE, Matter.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("matter.unknown", code));
    }

    public List<Department> departments() {
        return em.createNamedQuery(Department.FIND_ALL, Department.class).getResultList();
    }
}
