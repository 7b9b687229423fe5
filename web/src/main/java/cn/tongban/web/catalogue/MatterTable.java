package cn.tongban.web.catalogue;

import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.entity.Matter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** The matters one table page at a time, so the list stays fast when the catalogue holds thousands. */
class MatterTable extends LazyDataModel<Matter> {

    private static final long serialVersionUID = 1L;

    private final Catalogue catalogue;

    MatterTable(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, catalogue.matterCount());
    }

    @Override
    public List<Matter> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return catalogue.matters(first, pageSize);
    }

    @Override
    public String getRowKey(Matter matter) {
        return matter.getCode();
    }

    @Override
    public Matter getRowData(String rowKey) {
        return catalogue.matter(rowKey);
    }
}
