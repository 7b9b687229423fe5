package cn.tongban.applications.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.blankforms.entity.FileType;
import cn.tongban.blankforms.entity.FormFileName;
import cn.tongban.catalogue.entity.MatterContent;
import cn.tongban.platform.entity.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A file an applicant hands in (网上申报, 第四条: 上传申请材料) for one of the materials the matter's version asks
 * for, named as the catalogue names it. It belongs to a draft until the draft is submitted, then to the
 * application. Kept with its checked name, the type its bytes showed, its size and SHA-256; the bytes are in
 * {@link ApplicationMaterialContent}.
 */
@Entity
@Table(name = "application_material")
@NamedQuery(name = ApplicationMaterial.FIND_BY_APPLICATION, query = """
        SELECT m FROM ApplicationMaterial m WHERE m.application = :application ORDER BY m.uploadedAt, m.id""")
@NamedQuery(name = ApplicationMaterial.FIND_BY_DRAFT, query = """
        SELECT m FROM ApplicationMaterial m WHERE m.draft = :draft ORDER BY m.uploadedAt, m.id""")
@NamedQuery(name = ApplicationMaterial.TOTAL_OF_APPLICATION, query = """
        SELECT COALESCE(SUM(m.sizeBytes), 0) FROM ApplicationMaterial m WHERE m.application = :application""")
@NamedQuery(name = ApplicationMaterial.TOTAL_OF_DRAFT, query = """
        SELECT COALESCE(SUM(m.sizeBytes), 0) FROM ApplicationMaterial m WHERE m.draft = :draft""")
public class ApplicationMaterial {

    public static final String FIND_BY_APPLICATION = "ApplicationMaterial.findByApplication";
    public static final String FIND_BY_DRAFT = "ApplicationMaterial.findByDraft";
    public static final String TOTAL_OF_APPLICATION = "ApplicationMaterial.totalOfApplication";
    public static final String TOTAL_OF_DRAFT = "ApplicationMaterial.totalOfDraft";

    /** While the department has not yet accepted, or asks for corrections (补正), materials may be added. */
    private static final Set<ApplicationStatus> OPEN_FOR_MATERIALS =
            EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.CORRECTION_REQUESTED);

    @Id
    @SequenceGenerator(name = "application_material_seq", sequenceName = "application_material_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_material_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private Application application;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_id")
    private ApplicationDraft draft;

    @Column(name = "material_name", nullable = false, length = 300)
    private String materialName;

    @Column(name = "file_name", nullable = false, length = FormFileName.MAX_LENGTH)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by_id", nullable = false)
    private Account uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected ApplicationMaterial() {
    }

    private ApplicationMaterial(String materialName, FormFileName fileName, FileType type, long sizeBytes, String sha256,
                                Account uploadedBy, OffsetDateTime uploadedAt) {
        this.materialName = materialName;
        this.fileName = fileName.value();
        this.contentType = type.mediaType();
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    /**
     * Whether a file for the material may be added to the submitted application now: by its applicant, or by the
     * partner system of the owning department that registers applications at its counter (第五条); while the
     * application waits for acceptance or for corrections (补正); for a material the matter's version asks for.
     * Returns the material's name as the catalogue spells it.
     */
    public static String acceptedFor(Application application, Account by, String materialName) {
        boolean counter = by.hasRole(Role.PARTNER) && application.isHandledBy(by);
        if (!application.isOwnedBy(by) && !counter) {
            throw BusinessException.notFound("application.unknown", application.getReceiptNumber().value());
        }
        if (!OPEN_FOR_MATERIALS.contains(application.getStatus())) {
            throw BusinessException.conflict("material.notNow", application.getReceiptNumber().value(), application.getStatus());
        }
        return required(application.getMatterVersion().getContent(), materialName);
    }

    public static ApplicationMaterial forApplication(Application application, Account by, String materialName,
                                                     FormFileName fileName, FileType type, long size, String sha256,
                                                     OffsetDateTime now) {
        var material = new ApplicationMaterial(acceptedFor(application, by, materialName), fileName, type, size, sha256, by, now);
        material.application = application;
        return material;
    }

    /** A file for a draft, by its applicant. */
    public static ApplicationMaterial forDraft(ApplicationDraft draft, Account by, String materialName, FormFileName fileName,
                                               FileType type, long size, String sha256, OffsetDateTime now) {
        draft.requireApplicant(by);
        var material = new ApplicationMaterial(required(draft.getMatter().getCurrentVersion().getContent(), materialName),
                fileName, type, size, sha256, by, now);
        material.draft = draft;
        return material;
    }

    /** The draft became this application: its files go with it. */
    public void moveTo(Application submitted) {
        if (draft == null) {
            throw new IllegalStateException("Only a draft's material moves to its application");
        }
        this.application = Objects.requireNonNull(submitted);
        this.draft = null;
    }

    /** The catalogue's name of the material, or an INVALID refusal listing the names the matter asks for. */
    static String required(MatterContent content, String materialName) {
        String name = materialName == null ? "" : materialName.strip();
        if (name.isEmpty()) {
            throw BusinessException.invalid("material.nameMissing");
        }
        return content.materials().stream().map(MatterContent.Material::name).filter(name::equals).findFirst()
                .orElseThrow(() -> BusinessException.invalid("material.unknown", name,
                        content.materials().stream().map(MatterContent.Material::name).collect(Collectors.joining("、"))));
    }

    /**
     * The required materials (as the catalogue marks them) that none of these files answers, in the catalogue's
     * order; empty when everything required is there.
     */
    public static List<String> missing(MatterContent content, List<ApplicationMaterial> files) {
        Set<String> answered = files.stream().map(ApplicationMaterial::getMaterialName).collect(Collectors.toSet());
        return content.materials().stream().filter(MatterContent.Material::required).map(MatterContent.Material::name)
                .filter(name -> !answered.contains(name)).toList();
    }

    /** Who may download the file: whoever may read its application, or the draft's applicant. */
    public boolean isReadableBy(Account account) {
        return application != null ? application.involves(account) : draft.getApplicant().getId().equals(account.getId());
    }

    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public ApplicationDraft getDraft() {
        return draft;
    }

    public String getMaterialName() {
        return materialName;
    }

    public FormFileName getFileName() {
        return new FormFileName(fileName);
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Account getUploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
