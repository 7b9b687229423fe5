package cn.tongban.web.catalogue;

import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.entity.Matter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/**
 * {@code matters.xhtml}: the service guide's list of matters. Request scoped: the table keeps its page in the
 * component state, and the loaded matters (entities) never go into the replicated session.
 */
@Named
@RequestScoped
public class MattersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    private LazyDataModel<Matter> matters;

    @PostConstruct
    void init() {
        matters = new MatterTable(catalogue);
    }

    public LazyDataModel<Matter> getMatters() {
        return matters;
    }
}
