package cn.tongban.blankforms.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.catalogue.entity.Matter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A blank form or sample of a matter (表格下载, 第四条): the name it is downloaded under (unique within the
 * matter), what it is, and who put it there when. The bytes live apart, in {@link BlankFormContent}, so
 * that listing a matter's forms never reads them. Uploading a file under an existing name replaces the
 * content in place: the form keeps its identity and its links.
 */
@Entity
@Table(name = "blank_form")
@NamedQuery(name = BlankForm.FIND_BY_MATTER,
        query = "SELECT f FROM BlankForm f WHERE f.matter = :matter ORDER BY f.kind, f.fileName")
@NamedQuery(name = BlankForm.FIND_BY_NAME,
        query = "SELECT f FROM BlankForm f WHERE f.matter = :matter AND f.fileName = :fileName")
public class BlankForm {

    public static final String FIND_BY_MATTER = "BlankForm.findByMatter";
    public static final String FIND_BY_NAME = "BlankForm.findByName";

    @Id
    @SequenceGenerator(name = "blank_form_seq", sequenceName = "blank_form_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "blank_form_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false)
    private Matter matter;

    @Column(name = "file_name", nullable = false, length = FormFileName.MAX_LENGTH)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FormKind kind;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    /**
     * The uploader's account, null for forms the system itself put there (the demo's). An id rather than a
     * relationship: lists show only the name kept beside it, and must not load accounts.
     */
    @Column(name = "uploaded_by_id")
    private Long uploadedById;

    @Column(name = "uploaded_by_name", nullable = false, length = 200)
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    @Version
    private long version;

    protected BlankForm() {
    }

    public BlankForm(Matter matter, FormFileName fileName, FormKind kind, FileType type, long size, String sha256,
                     Account uploadedBy, String uploadedByName, OffsetDateTime uploadedAt) {
        this.matter = Objects.requireNonNull(matter);
        this.fileName = fileName.value();
        replace(kind, type, size, sha256, uploadedBy, uploadedByName, uploadedAt);
    }

    /** New content under the same name: a corrected form, or a sample turned into a blank form. */
    public final void replace(FormKind kind, FileType type, long size, String sha256, Account uploadedBy,
                              String uploadedByName, OffsetDateTime uploadedAt) {
        if (size <= 0) {
            throw new IllegalArgumentException("A blank form has content: " + size + " bytes");
        }
        this.kind = Objects.requireNonNull(kind);
        this.contentType = type.mediaType();
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedById = uploadedBy == null ? null : uploadedBy.getId();
        this.uploadedByName = Objects.requireNonNull(uploadedByName);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public Long getId() {
        return id;
    }

    public Matter getMatter() {
        return matter;
    }

    public String getFileName() {
        return fileName;
    }

    public FormFileName fileName() {
        return new FormFileName(fileName);
    }

    public FormKind getKind() {
        return kind;
    }

    public String getContentType() {
        return contentType;
    }

    public FileType getFileType() {
        return FileType.ofMediaType(contentType).orElseThrow();
    }

    public long getSize() {
        return size;
    }

    public String getSizeText() {
        return FileSize.format(size);
    }

    public String getSha256() {
        return sha256;
    }

    public Long getUploadedById() {
        return uploadedById;
    }

    public String getUploadedByName() {
        return uploadedByName;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
