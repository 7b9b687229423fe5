package cn.tongban.moderation.control;

import cn.tongban.moderation.entity.ProhibitedTerm;
import cn.tongban.moderation.entity.Screening;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Screens what is about to be published against the prohibited terms in force (第二十三条(一)), inside the
 * caller's transaction. Any capability that publishes text injects it and holds the post for review when the
 * screening does not pass; the list is read afresh each time, so a term the service office adds applies to
 * the very next post on every node.
 */
@Dependent
public class Moderation {

    @PersistenceContext
    EntityManager em;

    public Screening screen(String... texts) {
        var terms = em.createNamedQuery(ProhibitedTerm.FIND_ACTIVE_TERMS, String.class).getResultList();
        return new Screening(TermMatcher.matches(terms, texts));
    }
}
