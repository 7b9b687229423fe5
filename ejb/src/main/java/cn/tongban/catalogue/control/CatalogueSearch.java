package cn.tongban.catalogue.control;

import cn.tongban.catalogue.entity.Matter;
import cn.tongban.catalogue.entity.MatterKind;
import cn.tongban.catalogue.entity.SearchTerms;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The public catalogue's search: by keyword (through the term index of {@link SearchTerms}), department and
 * kind, one page at a time, counted in the database. Each call is two statements: the page and the count.
 */
@Dependent
public class CatalogueSearch {

    /** What a search asks for; blank or null parts do not filter. */
    public record Criteria(String query, String department, MatterKind kind) {
    }

    @PersistenceContext
    EntityManager em;

    public List<Matter> page(Criteria criteria, int first, int max) {
        TypedQuery<Matter> query = em.createQuery(
                "SELECT m FROM Matter m JOIN FETCH m.department d WHERE " + where(criteria) + " ORDER BY m.code", Matter.class);
        bind(query, criteria);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Criteria criteria) {
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(m) FROM Matter m JOIN m.department d WHERE " + where(criteria), Long.class);
        bind(query, criteria);
        return query.getSingleResult();
    }

    private static String where(Criteria c) {
        List<String> conditions = new ArrayList<>();
        conditions.add("m.currentVersion IS NOT NULL");
        if (hasText(c.department())) {
            conditions.add("d.code = :department");
        }
        if (c.kind() != null) {
            conditions.add("m.kind = :kind");
        }
        Set<String> terms = SearchTerms.ofQuery(c.query());
        if (!terms.isEmpty()) {
            conditions.add("m.id IN (SELECT t.matterId FROM MatterSearchTerm t WHERE t.term IN :terms"
                    + " GROUP BY t.matterId HAVING COUNT(t.term) = :termCount)");
            String[] phrases = SearchTerms.phrases(c.query());
            for (int i = 0; i < phrases.length; i++) {
                conditions.add("m.searchText LIKE :phrase" + i + " ESCAPE '!'");
            }
        }
        return String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> query, Criteria c) {
        if (hasText(c.department())) {
            query.setParameter("department", c.department().strip());
        }
        if (c.kind() != null) {
            query.setParameter("kind", c.kind());
        }
        Set<String> terms = SearchTerms.ofQuery(c.query());
        if (!terms.isEmpty()) {
            query.setParameter("terms", List.copyOf(terms));
            query.setParameter("termCount", (long) terms.size());
            String[] phrases = SearchTerms.phrases(c.query());
            for (int i = 0; i < phrases.length; i++) {
                query.setParameter("phrase" + i, "%" + escapeLike(phrases[i]) + "%");
            }
        }
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
