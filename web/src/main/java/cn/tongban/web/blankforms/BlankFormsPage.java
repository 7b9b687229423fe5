package cn.tongban.web.blankforms;

import cn.tongban.blankforms.boundary.BlankForms;
import cn.tongban.blankforms.entity.BlankForm;
import cn.tongban.blankforms.entity.FileSize;
import cn.tongban.blankforms.entity.FileType;
import cn.tongban.blankforms.entity.FormKind;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;

/**
 * {@code staff/blank-forms.xhtml}: a business owner (DEPT_ADMIN) picks one of their department's matters,
 * sees its forms, uploads a file (a file of the same name replaces the form) and deletes forms. The matters
 * are loaded by the view action, so that a refusal becomes a message; lists are transient and reloaded
 * when needed.
 */
@Named
@ViewScoped
public class BlankFormsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BlankForms blankForms;

    private String matterCode;
    private FormKind kind = FormKind.BLANK_FORM;
    private String saveAs;
    private boolean loaded;
    private transient UploadedFile file;
    private transient List<Matter> matters;
    private transient List<BlankForm> forms;

    public void load() {
        matters = blankForms.maintainedMatters();
        loaded = true;
        if (matters.stream().noneMatch(m -> m.getCode().equals(matterCode))) {
            matterCode = matters.isEmpty() ? null : matters.get(0).getCode();
        }
        forms = null;
    }

    /** Another matter was picked. */
    public void select() {
        forms = null;
    }

    public void upload() {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            throw BusinessException.invalid("blankForm.fileMissing");
        }
        String name = saveAs == null || saveAs.isBlank() ? file.getFileName() : saveAs;
        BlankForm stored = blankForms.upload(matterCode, name, kind, file.getContent());
        Messages.info("blankForms.stored", stored.getFileName());
        saveAs = null;
        forms = null;
    }

    public void delete(String fileName) {
        blankForms.delete(matterCode, fileName);
        Messages.info("blankForms.deleted", fileName);
        forms = null;
    }

    public List<Matter> getMatters() {
        if (matters == null && loaded) {
            load();
        }
        return matters == null ? List.of() : matters;
    }

    public List<BlankForm> getForms() {
        if (forms == null && matterCode != null) {
            forms = blankForms.ofMatter(matterCode);
        }
        return forms == null ? List.of() : forms;
    }

    public FormKind[] getKinds() {
        return FormKind.values();
    }

    /** For the file picker: the extensions it offers. */
    public String getAccept() {
        return FileType.acceptedExtensions();
    }

    public String getMaxSize() {
        return FileSize.format(blankForms.maxBytes());
    }

    public String getMatterCode() {
        return matterCode;
    }

    public void setMatterCode(String matterCode) {
        this.matterCode = matterCode;
    }

    public FormKind getKind() {
        return kind;
    }

    public void setKind(FormKind kind) {
        this.kind = kind;
    }

    public String getSaveAs() {
        return saveAs;
    }

    public void setSaveAs(String saveAs) {
        this.saveAs = saveAs;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
