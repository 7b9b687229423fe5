package cn.tongban.catalogue.control;

import cn.tongban.catalogue.entity.Matter;
import cn.tongban.catalogue.entity.MatterSearchTerm;
import cn.tongban.catalogue.entity.SearchTerms;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Keeps a matter's rows of the keyword index in step with its searchable text, in the caller's transaction. */
@Dependent
public class MatterIndex {

    @PersistenceContext
    EntityManager em;

    /** Indexes a matter new to the catalogue (its id is assigned on persist). */
    public void add(Matter matter) {
        for (String term : SearchTerms.of(matter.getSearchText())) {
            em.persist(new MatterSearchTerm(term, matter.getId()));
        }
    }

    /** Replaces a matter's terms after its searchable text changed. */
    public void reindex(Matter matter) {
        em.createQuery("DELETE FROM MatterSearchTerm t WHERE t.matterId = :matter")
                .setParameter("matter", matter.getId())
                .executeUpdate();
        add(matter);
    }
}
