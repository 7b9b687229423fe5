package cn.tongban.web.catalogue;

import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.entity.Matter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * {@code matter.xhtml?code=}: one matter's guide. The matter is reloaded on every request ({@code load} is the
 * view action, also on postback) and is transient, because entities do not travel with the session.
 * An unknown code is refused by the catalogue; the exception handler shows why.
 */
@Named
@ViewScoped
public class MatterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    private String code;
    private transient Matter matter;

    public void load() {
        matter = code == null ? null : catalogue.matter(code);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Matter getMatter() {
        return matter;
    }
}
