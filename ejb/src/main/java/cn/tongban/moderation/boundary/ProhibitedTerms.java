package cn.tongban.moderation.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.moderation.control.TermMatcher;
import cn.tongban.moderation.entity.ProhibitedTerm;
import cn.tongban.moderation.entity.TextRule;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.RequestOrigin;
import cn.tongban.platform.entity.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of prohibited terms (第二十三条(一)), which the service office keeps as the system's managing body
 * (第九条(一)、(二)). Every change is recorded with who made it, when and from where.
 */
@Stateless
@RolesAllowed(Role.Names.SERVICE_OFFICE)
public class ProhibitedTerms {

    /** Two characters at least once blanks and punctuation are gone: a single character would hold half of all posts. */
    static final int MIN_NORMALIZED_LENGTH = 2;
    static final TextRule TERM = new TextRule("term", "moderation.term", 2, 30, false);

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    /** The terms in force, alphabetically. */
    public List<ProhibitedTerm> list() {
        return em.createNamedQuery(ProhibitedTerm.FIND_ACTIVE, ProhibitedTerm.class).getResultList();
    }

    /**
     * Adds a term, or takes a removed one with the same normalized form back into force. A term already in
     * force, in whatever spelling, is a conflict.
     */
    public ProhibitedTerm add(String term) {
        List<Violation> violations = new ArrayList<>();
        String text = TERM.apply(term, violations);
        String normalized = text == null ? "" : TermMatcher.normalize(text);
        if (text != null && TextRule.length(normalized) < MIN_NORMALIZED_LENGTH) {
            violations.add(new Violation("term", "moderation.term.tooShortNormalized", MIN_NORMALIZED_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
        Account office = accounts.current();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var existing = em.createNamedQuery(ProhibitedTerm.FIND_BY_NORMALIZED, ProhibitedTerm.class)
                .setParameter("normalized", normalized)
                .getResultStream()
                .findFirst();
        ProhibitedTerm added;
        if (existing.isPresent()) {
            added = existing.get();
            if (added.isActive()) {
                throw BusinessException.conflict("moderation.term.duplicate", text, added.getTerm());
            }
            added.restore(text, office.getUsername(), now, origin.address());
        } else {
            added = new ProhibitedTerm(text, normalized, office.getUsername(), now, origin.address());
            em.persist(added);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // two offices adding the same term at the same moment: the unique normalized form refuses one
            throw BusinessException.conflict("moderation.term.duplicate", text, text);
        }
        return added;
    }

    /** Takes a term out of force; its row stays as the record of who did so. */
    public void remove(long id) {
        ProhibitedTerm term = em.find(ProhibitedTerm.class, id);
        if (term == null || !term.isActive()) {
            throw BusinessException.notFound("moderation.term.unknown", id);
        }
        term.remove(accounts.current().getUsername(), OffsetDateTime.now(clock), origin.address());
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw BusinessException.conflict("moderation.term.changed", term.getTerm());
        }
    }
}
