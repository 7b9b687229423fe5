package cn.tongban.applications.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.catalogue.entity.Matter;
import cn.tongban.platform.entity.BusinessException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import jakarta.persistence.Version;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An application not yet submitted (网上申报, 第四条: 草稿): the online form as far as the applicant got, with the
 * materials uploaded so far. Only its applicant sees it. Saving checks nothing but the size, since a draft may
 * be unfinished; submitting checks everything, and the draft is gone.
 */
@Entity
@Table(name = "application_draft")
@NamedQuery(name = ApplicationDraft.FIND_BY_APPLICANT, query = """
        SELECT d FROM ApplicationDraft d JOIN FETCH d.matter WHERE d.applicant = :applicant ORDER BY d.updatedAt DESC""")
public class ApplicationDraft {

    public static final String FIND_BY_APPLICANT = "ApplicationDraft.findByApplicant";
    /** The largest form a draft keeps, in UTF-8 bytes. */
    public static final int MAX_FORM_BYTES = 256 * 1024;

    @Id
    @SequenceGenerator(name = "application_draft_seq", sequenceName = "application_draft_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_draft_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id", nullable = false)
    private Account applicant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false)
    private Matter matter;

    @Column(name = "form_data", nullable = false, length = MAX_FORM_BYTES)
    private String formData;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected ApplicationDraft() {
    }

    /** A new draft; an offline-only matter (第十一条) takes none, since it cannot be submitted online. */
    public static ApplicationDraft start(Account applicant, Matter matter, JsonObject form, OffsetDateTime now) {
        if (!matter.acceptsOnlineApplications()) {
            throw BusinessException.unprocessable("application.offlineOnly", matter.getCode());
        }
        ApplicationDraft draft = new ApplicationDraft();
        draft.applicant = Objects.requireNonNull(applicant);
        draft.matter = matter;
        draft.createdAt = now;
        draft.save(applicant, form, now);
        return draft;
    }

    /** Keeps the form as it is now; only its size is checked. */
    public void save(Account by, JsonObject form, OffsetDateTime now) {
        requireApplicant(by);
        String text = (form == null ? JsonObject.EMPTY_JSON_OBJECT : form).toString();
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_FORM_BYTES) {
            throw BusinessException.invalid("draft.tooLarge", MAX_FORM_BYTES / 1024);
        }
        this.formData = text;
        this.updatedAt = now;
    }

    /** Only the applicant may see or change a draft; anyone else is told it does not exist. */
    public void requireApplicant(Account by) {
        if (!applicant.getId().equals(by.getId())) {
            throw BusinessException.notFound("draft.unknown", id);
        }
    }

    public Long getId() {
        return id;
    }

    public Account getApplicant() {
        return applicant;
    }

    public Matter getMatter() {
        return matter;
    }

    public JsonObject getForm() {
        try (var reader = Json.createReader(new StringReader(formData))) {
            return reader.readObject();
        }
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
