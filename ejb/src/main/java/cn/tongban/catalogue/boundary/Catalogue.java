package cn.tongban.catalogue.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.entity.Role;
import cn.tongban.catalogue.control.CatalogueFile;
import cn.tongban.catalogue.control.CatalogueImport;
import cn.tongban.catalogue.control.CatalogueSearch;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.platform.entity.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The public catalogue (办事指南, 第四条): anyone may search and read the matters in force. The service office
 * imports catalogue files (第九条(四)).
 */
@Stateless
@PermitAll
public class Catalogue {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogueSearch search;

    @Inject
    CatalogueImport catalogueImport;

    @EJB
    Accounts accounts;

    @Inject
    Clock clock;

    /** One page of the matters in force that match, ordered by code, and how many match in all. */
    public record Page(List<Matter> matters, long total) {
    }

    public Page search(CatalogueSearch.Criteria criteria, int first, int max) {
        int size = Math.min(Math.max(1, max), MAX_PAGE);
        return new Page(search.page(criteria, Math.max(0, first), size), search.count(criteria));
    }

    public List<Matter> matters(int first, int max) {
        return search.page(new CatalogueSearch.Criteria(null, null, null), Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE));
    }

    public long matterCount() {
        return search.count(new CatalogueSearch.Criteria(null, null, null));
    }

    /** A matter in force, with its current version (the guide). */
    public Matter matter(String code) {
        return em.createNamedQuery(Matter.FIND_PUBLIC_BY_CODE, Matter.class)
                .setParameter("code", code == null ? "" : code.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("matter.unknown", code));
    }

    public List<Department> departments() {
        return em.createNamedQuery(Department.FIND_ALL, Department.class).getResultList();
    }

    /**
     * Imports a catalogue file: all of it or, if any matter or field is invalid, nothing (the file is checked
     * whole before anything is stored, and the transaction is one). Returns how many matters were added.
     */
    @RolesAllowed(Role.Names.SERVICE_OFFICE)
    public int importFile(InputStream file) {
        var office = accounts.current();
        CatalogueFile checked = CatalogueFile.read(file, catalogueImport.departmentCodes());
        return catalogueImport.store(checked, office, OffsetDateTime.now(clock));
    }
}
