package cn.tongban.web.applications;

import cn.tongban.applications.boundary.Drafts;
import cn.tongban.applications.boundary.Materials;
import cn.tongban.applications.boundary.Submissions;
import cn.tongban.applications.entity.ApplicationDraft;
import cn.tongban.applications.entity.ApplicationMaterial;
import cn.tongban.applications.entity.IdempotencyKey;
import cn.tongban.applications.entity.SubmissionReceipt;
import cn.tongban.blankforms.entity.FileSize;
import cn.tongban.blankforms.entity.FileType;
import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.catalogue.entity.MatterContent;
import cn.tongban.forms.entity.FieldDefinition;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code applicant/apply.xhtml?code=} (or {@code ?draft=} to resume a draft): the matter's online form and its
 * materials (网上申报, 第四条). Uploading a file keeps the form as a draft with it; "save draft" keeps the form
 * unfinished; submitting shows the receipt number and, this once, the query code. The page carries a token made
 * when it was opened, used as the submission's idempotency key, so a double click or a browser's resubmission
 * makes one application and shows the same receipt again.
 */
@Named
@ViewScoped
public class ApplyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    @Inject
    Submissions submissions;

    @Inject
    Drafts drafts;

    @Inject
    Materials materials;

    /** The submission's idempotency key: one per opened page. */
    private final String token = UUID.randomUUID().toString();
    private String code;
    private Long draftId;
    private boolean draftLoaded;
    private transient Matter matter;
    private transient List<ApplicationMaterial> files;
    private String receiptNumber;
    private String queryCode;
    private String materialName;
    private transient UploadedFile file;
    private final HashMap<String, String> values = new HashMap<>();

    /** The view action, on every request: the matter is transient; a draft's form is read once. */
    public void load() {
        if (draftId != null && !draftLoaded) {
            ApplicationDraft draft = drafts.mine(draftId);
            code = draft.getMatter().getCode();
            draft.getForm().forEach((field, value) ->
                    values.put(field, value instanceof JsonString text ? text.getString() : value.toString()));
            draftLoaded = true;
        }
        matter = code == null ? null : catalogue.matter(code);
    }

    public void submit() {
        SubmissionReceipt receipt = draftId == null
                ? submissions.submit(code, null, form(), IdempotencyKey.of(token))
                : submissions.submitDraft(draftId, form(), IdempotencyKey.of(token));
        receiptNumber = receipt.receiptNumber();
        queryCode = receipt.queryCode();
        files = null;
    }

    /** 保存草稿: the form as it is, unchecked but for its size. */
    public void saveDraft() {
        keepDraft();
        Messages.info("apply.draftSaved");
    }

    /** Keeps the form as a draft and adds the chosen file to it for the chosen material. */
    public void upload() {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            throw BusinessException.invalid("material.fileMissing");
        }
        keepDraft();
        ApplicationMaterial stored = materials.attachToDraft(draftId, materialName, file.getFileName(), file.getContent());
        Messages.info("apply.uploaded", stored.getFileName().value(), stored.getMaterialName());
        files = null;
    }

    public void removeFile(long materialId) {
        materials.removeFromDraft(draftId, materialId);
        files = null;
    }

    private void keepDraft() {
        if (draftId == null) {
            draftId = drafts.start(code, form()).getId();
            draftLoaded = true;
        } else {
            drafts.save(draftId, form());
        }
    }

    private JsonObject form() {
        var form = Json.createObjectBuilder();
        values.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                form.add(field, value);
            }
        });
        return form.build();
    }

    /** The matter's online form, field by field, as the version in force defines it. */
    public List<FieldDefinition> getFields() {
        return matter == null ? List.of() : matter.getCurrentVersion().getContent().form().fields();
    }

    /** The materials the matter asks for, as its guide lists them. */
    public List<MatterContent.Material> getRequiredMaterials() {
        return matter == null ? List.of() : matter.getCurrentVersion().getContent().materials();
    }

    /** The files uploaded to the draft so far. */
    public List<ApplicationMaterial> getFiles() {
        if (files == null) {
            files = draftId == null || receiptNumber != null ? List.of() : materials.ofDraft(draftId);
        }
        return files;
    }

    public List<ApplicationMaterial> filesFor(String material) {
        return getFiles().stream().filter(f -> f.getMaterialName().equals(material)).toList();
    }

    public String getAccept() {
        return FileType.acceptedExtensions();
    }

    public String getMaxSize() {
        return FileSize.format(materials.maxBytes());
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

    public Long getDraft() {
        return draftId;
    }

    public void setDraft(Long draft) {
        if (this.draftId == null) {
            this.draftId = draft;
        }
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
}
