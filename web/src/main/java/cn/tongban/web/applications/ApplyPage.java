package cn.tongban.web.applications;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.forms.entity.FieldDefinition;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code applicant/apply.xhtml?code=}: the matter's online form; submits the application and shows its receipt
 * number and, this once, its query code.
 * Whether the matter may be applied for online is decided by {@code Applications.submit}.
 */
@Named
@ViewScoped
public class ApplyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    @Inject
    Applications applications;

    private String code;
    private transient Matter matter;
    private String receiptNumber;
    private String queryCode;
    private final HashMap<String, String> values = new HashMap<>();

    /** The view action, on every request: the matter is transient. */
    public void load() {
        matter = code == null ? null : catalogue.matter(code);
    }

    public void submit() {
        var form = Json.createObjectBuilder();
        values.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                form.add(field, value);
            }
        });
        var application = applications.submit(code, form.build());
        receiptNumber = application.getReceiptNumber().value();
        queryCode = application.getIssuedQueryCode();
    }

    /** The matter's online form, field by field, as the version in force defines it. */
    public List<FieldDefinition> getFields() {
        return matter == null ? List.of() : matter.getCurrentVersion().getContent().form().fields();
    }

    /** What the applicant typed, by field name; checked by the service, not here. */
    public Map<String, String> getValues() {
        return values;
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

    public String getReceiptNumber() {
        return receiptNumber;
    }

    /** The query code for the public status lookup, shown this once: only its hash is stored. */
    public String getQueryCode() {
        return queryCode;
    }
}
