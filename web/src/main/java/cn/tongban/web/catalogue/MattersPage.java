package cn.tongban.web.catalogue;

import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.control.CatalogueSearch;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.catalogue.entity.MatterKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/**
 * {@code matters.xhtml} (办事指南): the matters in force, searched by keyword, department and kind, one page at a
 * time. Everything the list shows is in its address ({@code q}, {@code department}, {@code kind}, {@code page},
 * {@code size}), so a search can be bookmarked and shared, and the pages are plain links that work without
 * script. Request scoped: nothing of it goes into the replicated session, and each request searches once.
 */
@Named
@RequestScoped
public class MattersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int DEFAULT_SIZE = 20;

    @Inject
    Catalogue catalogue;

    private String query;
    private String department;
    private MatterKind kind;
    private Integer page;
    private Integer size;

    private transient Catalogue.Page result;
    private transient int first;
    private transient LazyDataModel<Matter> matters;
    private transient List<Department> departments;

    /** The search form: a new search starts on the first page, at an address that says what was searched. */
    public String search() {
        page = null;
        return "/matters?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<Matter> getMatters() {
        if (matters == null) {
            matters = new MatterTable(catalogue, criteria(), getFirst(), result());
        }
        return matters;
    }

    public long getTotal() {
        return result().total();
    }

    /** The page shown, counted from 1; a page past the end shows the last one. */
    public int getPageNumber() {
        result();
        return first / getRows() + 1;
    }

    public int getPageCount() {
        return (int) Math.max(1, (result().total() + getRows() - 1) / getRows());
    }

    public int getFirst() {
        result();
        return first;
    }

    public int getRows() {
        return size == null ? DEFAULT_SIZE : size;
    }

    public List<Department> getDepartments() {
        if (departments == null) {
            departments = catalogue.departments();
        }
        return departments;
    }

    public List<MatterKind> getKinds() {
        return List.of(MatterKind.values());
    }

    /** The one search of the request; again for the last page if the address asked for one past the end. */
    private Catalogue.Page result() {
        if (result == null) {
            int requested = page == null ? 1 : page;
            first = (int) Math.min(Integer.MAX_VALUE, (requested - 1L) * getRows());
            result = catalogue.search(criteria(), first, getRows());
            if (result.matters().isEmpty() && first > 0 && result.total() > 0) {
                first = (int) ((result.total() - 1) / getRows()) * getRows();
                result = catalogue.search(criteria(), first, getRows());
            }
        }
        return result;
    }

    private CatalogueSearch.Criteria criteria() {
        return new CatalogueSearch.Criteria(query, department, kind);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public MatterKind getKind() {
        return kind;
    }

    public void setKind(MatterKind kind) {
        this.kind = kind;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }
}
