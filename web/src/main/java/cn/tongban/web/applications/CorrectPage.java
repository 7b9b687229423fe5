package cn.tongban.web.applications;

import cn.tongban.applications.boundary.Applications;
import cn.tongban.applications.boundary.Materials;
import cn.tongban.applications.entity.ApplicationMaterial;
import cn.tongban.blankforms.entity.FileType;
import cn.tongban.catalogue.entity.MatterContent;
import cn.tongban.platform.entity.BusinessException;
import org.primefaces.model.file.UploadedFile;
import cn.tongban.applications.entity.Application;
import cn.tongban.applications.entity.ApplicationStatus;
import cn.tongban.forms.entity.FieldDefinition;
import cn.tongban.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code applicant/correct.xhtml?receipt=} (补正): the items the department asked for and the application's
 * form, prefilled with what was submitted, handed in again. The form is the one of the version the
 * application was made under, and the service checks it against that version.
 */
@Named
@ViewScoped
public class CorrectPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Applications applications;

    @Inject
    Materials materials;

    private String receipt;
    private transient Application application;
    private boolean prefilled;
    private boolean resubmitted;
    private final HashMap<String, String> values = new HashMap<>();
    private transient List<ApplicationMaterial> files;
    private String materialName;
    private transient UploadedFile file;

    /** The view action, on every request: the application is transient. The values are prefilled once. */
    public void load() {
        application = null;
        application = applications.byReceiptNumber(receipt);
        if (!prefilled) {
            application.getForm().forEach((field, value) -> values.put(field, text(value)));
            prefilled = true;
        }
    }

    public void resubmit() {
        var form = Json.createObjectBuilder();
        values.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                form.add(field, value);
            }
        });
        application = applications.resubmit(receipt, form.build());
        resubmitted = true;
        Messages.info("correct.resubmitted", receipt);
    }

    /** A material the correction asks for (补正材料): added to the application at once. */
    public void upload() {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            throw BusinessException.invalid("material.fileMissing");
        }
        ApplicationMaterial stored = materials.attach(receipt, materialName, file.getFileName(), file.getContent());
        Messages.info("apply.uploaded", stored.getFileName().value(), stored.getMaterialName());
        files = null;
    }

    /** The files the application holds so far. */
    public List<ApplicationMaterial> getFiles() {
        if (files == null) {
            files = materials.of(receipt);
        }
        return files;
    }

    public List<MatterContent.Material> getRequiredMaterials() {
        return application == null ? List.of() : application.getMatterVersion().getContent().materials();
    }

    public String getAccept() {
        return FileType.acceptedExtensions();
    }

    public String getMaterialName() {
        return materialName;
    }

    public void setMaterialName(String materialName) {
        this.materialName = materialName;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    /** Whether the application waits for this correction. */
    public boolean isOpen() {
        return application != null && !resubmitted && application.getStatus() == ApplicationStatus.CORRECTION_REQUESTED;
    }

    public List<FieldDefinition> getFields() {
        return application == null ? List.of() : application.getMatterVersion().getContent().form().fields();
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Application getApplication() {
        return application;
    }

    public boolean isResubmitted() {
        return resubmitted;
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
