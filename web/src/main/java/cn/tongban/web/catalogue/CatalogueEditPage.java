package cn.tongban.web.catalogue;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.catalogue.boundary.Catalogue;
import cn.tongban.catalogue.boundary.MatterVersions;
import cn.tongban.catalogue.control.CatalogueSearch;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.catalogue.entity.MatterContent;
import cn.tongban.catalogue.entity.MatterKind;
import cn.tongban.catalogue.entity.MatterVersion;
import cn.tongban.catalogue.entity.OnlineLevel;
import cn.tongban.catalogue.entity.VersionStatus;
import cn.tongban.web.platform.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * {@code staff/catalogue-edit.xhtml}: a department's business owner drafts a version of a matter (第十五条) — a new
 * version of a matter in force ({@code ?matter=}), changes to a draft ({@code ?id=}), or a matter new to the
 * catalogue ({@code ?new=true}). The page edits the guide's texts and time limits; materials, process and online
 * form are kept from the version in force, and a new matter copies them from a public matter of the department
 * chosen as its template. The content the draft starts from is a serializable value and stays with the view.
 */
@Named
@ViewScoped
public class CatalogueEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A choice of a select list that must survive the postback that validates it. */
    public record Option(String value, String label) implements Serializable {
    }

    @Inject
    MatterVersions matterVersions;

    @Inject
    Catalogue catalogue;

    @Inject
    Accounts accounts;

    private Long id;
    private String matter;
    private boolean newMatter;

    private boolean editable;
    private String matterName;
    private int number;
    private MatterContent base;
    private List<Option> templates = List.of();

    private String code;
    private String template;
    private MatterKind kind = MatterKind.ADMINISTRATIVE_LICENSE;
    private String name;
    private String nameEn;
    private String fee;
    private String servicePromise;
    private Integer statutoryDays;
    private Integer promisedDays;
    private String legalBasis;
    private String conditions;
    private OnlineLevel onlineLevel = OnlineLevel.FULL_ONLINE;
    private String phone;
    private String address;
    private String reason;

    /** The view action, on the first request only: what the form starts from. */
    public void load() {
        if (id != null) {
            MatterVersion draft = matterVersions.find(id);
            matter = draft.getMatter().getCode();
            matterName = draft.getMatter().name(locale());
            number = draft.getNumber();
            editable = draft.getStatus() == VersionStatus.DRAFT;
            if (!editable) {
                Messages.invalid("catalogueEdit.notDraft", matter, number);
            }
            fill(draft.getContent());
            reason = draft.getChangeReason();
        } else if (matter != null) {
            Matter inForce = catalogue.matter(matter);
            matterName = inForce.name(locale());
            number = inForce.getCurrentVersion().getNumber();
            editable = true;
            fill(inForce.getCurrentVersion().getContent());
        } else if (newMatter) {
            String department = accounts.current().getDepartment().getCode();
            templates = catalogue.search(new CatalogueSearch.Criteria(null, department, null), 0, Catalogue.MAX_PAGE)
                    .matters().stream().map(m -> new Option(m.getCode(), m.getCode() + " " + m.getName())).toList();
            editable = !templates.isEmpty();
            if (!editable) {
                Messages.invalid("catalogueEdit.noTemplate");
            }
        } else {
            Messages.invalid("catalogueEdit.nothingToEdit");
        }
    }

    /** Saves the draft and shows it; contradicting time limits are refused here, everything else by the service. */
    public String save() {
        MatterContent content;
        try {
            content = content();
        } catch (IllegalArgumentException e) {
            // MatterContent keeps the promised time limit within the statutory one
            Messages.invalid("catalogueEdit.timeLimits");
            return null;
        }
        MatterVersion saved = id != null ? matterVersions.revise(id, content, reason)
                : newMatter ? matterVersions.draftNewMatter(code, content, reason)
                : matterVersions.draft(matter, content, reason);
        Messages.info("catalogueEdit.saved", saved.getMatter().getCode(), saved.getNumber());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/staff/catalogue-version?faces-redirect=true&id=" + saved.getId();
    }

    /** Where cancelling leads: the matter's versions, or the catalogue page for a new matter. */
    public String getCancelOutcome() {
        return matter == null ? "/staff/catalogue" : "/staff/catalogue-matter";
    }

    private MatterContent content() {
        var contacts = new MatterContent.Contacts(text(phone), text(address));
        if (newMatter) {
            MatterContent copied = catalogue.matter(template).getCurrentVersion().getContent();
            return new MatterContent(text(name), text(nameEn), kind, lines(legalBasis), lines(conditions),
                    copied.materials(), text(fee), statutoryDays, promisedDays, copied.process(), copied.form(), onlineLevel,
                    contacts, text(servicePromise), copied.specialProceduresCounted());
        }
        return base.withTexts(text(name), text(nameEn), text(fee), text(servicePromise), lines(legalBasis),
                lines(conditions), onlineLevel, contacts).withTimeLimits(statutoryDays, promisedDays);
    }

    /** The form starts from this content; what the page does not edit is kept from it. */
    void fill(MatterContent content) {
        base = content;
        kind = content.kind();
        name = content.name();
        nameEn = content.nameEn();
        fee = content.fee();
        servicePromise = content.servicePromise();
        statutoryDays = content.statutoryDays();
        promisedDays = content.promisedDays();
        legalBasis = String.join("\n", content.legalBasis());
        conditions = String.join("\n", content.conditions());
        onlineLevel = content.onlineLevel();
        phone = content.contacts().phone();
        address = content.contacts().address();
    }

    /** A field's text without the blanks around it; none if it is blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A textarea's lines, each stripped, blank ones left out. */
    static List<String> lines(String text) {
        return text == null ? List.of()
                : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<OnlineLevel> getOnlineLevels() {
        return List.of(OnlineLevel.values());
    }

    public List<MatterKind> getKinds() {
        return List.of(MatterKind.values());
    }

    public boolean isEditable() {
        return editable;
    }

    public String getMatterName() {
        return matterName;
    }

    public int getNumber() {
        return number;
    }

    public List<Option> getTemplates() {
        return templates;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMatter() {
        return matter;
    }

    public void setMatter(String matter) {
        this.matter = matter;
    }

    public boolean isNewMatter() {
        return newMatter;
    }

    public void setNewMatter(boolean newMatter) {
        this.newMatter = newMatter;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public MatterKind getKind() {
        return kind;
    }

    public void setKind(MatterKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getFee() {
        return fee;
    }

    public void setFee(String fee) {
        this.fee = fee;
    }

    public String getServicePromise() {
        return servicePromise;
    }

    public void setServicePromise(String servicePromise) {
        this.servicePromise = servicePromise;
    }

    public Integer getStatutoryDays() {
        return statutoryDays;
    }

    public void setStatutoryDays(Integer statutoryDays) {
        this.statutoryDays = statutoryDays;
    }

    public Integer getPromisedDays() {
        return promisedDays;
    }

    public void setPromisedDays(Integer promisedDays) {
        this.promisedDays = promisedDays;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public OnlineLevel getOnlineLevel() {
        return onlineLevel;
    }

    public void setOnlineLevel(OnlineLevel onlineLevel) {
        this.onlineLevel = onlineLevel;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
