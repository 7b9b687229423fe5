package cn.tongban.web.catalogue;

import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.control.CatalogueSearch;
import cn.tongban.catalogue.entity.Matter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * The matters that match a search, one table page at a time, so the list stays fast when the catalogue holds
 * thousands. The table asks for the count and then for the rows; both come from the one {@link Catalogue#search}
 * the page has already made for the page it shows, and only a different page is searched anew.
 */
class MatterTable extends LazyDataModel<Matter> {

    private static final long serialVersionUID = 1L;

    private final transient Catalogue catalogue;
    private final CatalogueSearch.Criteria criteria;
    private final int first;
    private final transient Catalogue.Page page;

    MatterTable(Catalogue catalogue, CatalogueSearch.Criteria criteria, int first, Catalogue.Page page) {
        this.catalogue = catalogue;
        this.criteria = criteria;
        this.first = first;
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, page.total());
    }

    @Override
    public List<Matter> load(int from, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return from == first ? page.matters() : catalogue.search(criteria, from, pageSize).matters();
    }

    @Override
    public String getRowKey(Matter matter) {
        return matter.getCode();
    }

    @Override
    public Matter getRowData(String rowKey) {
        return page.matters().stream().filter(m -> m.getCode().equals(rowKey)).findFirst().orElse(null);
    }
}
