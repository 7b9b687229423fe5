package cn.tongban.catalogue.entity;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;
import java.util.Objects;

/**
 * A matter (事项) of the catalogue: what an applicant can apply for, which department owns it and within
 * how many working days it is handled. Its guide, process and form live in versions ({@link MatterVersion});
 * the columns here repeat the version in force, so that lists and the search need no join, and are changed
 * only by {@link #putInForce}. A matter without a version in force (a new matter still in drafting) is not
 * public.
 */
@Entity
@Table(name = "matter")
@NamedQuery(name = Matter.FIND_BY_CODE,
        query = "SELECT m FROM Matter m JOIN FETCH m.department WHERE m.code = :code")
@NamedQuery(name = Matter.FIND_PUBLIC_BY_CODE, query = """
        SELECT m FROM Matter m JOIN FETCH m.department LEFT JOIN FETCH m.currentVersion
        WHERE m.code = :code AND m.currentVersion IS NOT NULL""")
@NamedQuery(name = Matter.FIND_BY_DEPARTMENT,
        query = "SELECT m FROM Matter m JOIN FETCH m.department d WHERE d = :department ORDER BY m.code")
public class Matter {

    public static final String FIND_BY_CODE = "Matter.findByCode";
    public static final String FIND_PUBLIC_BY_CODE = "Matter.findPublicByCode";
    public static final String FIND_BY_DEPARTMENT = "Matter.findByDepartment";

    @Id
    @SequenceGenerator(name = "matter_seq", sequenceName = "matter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matter_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private MatterVersion currentVersion;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MatterKind kind;

    @Column(name = "statutory_days", nullable = false)
    private int statutoryDays;

    @Column(name = "promised_days", nullable = false)
    private int promisedDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "process_type", nullable = false, length = 16)
    private ProcessType processType;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level", nullable = false, length = 16)
    private OnlineLevel onlineLevel;

    /** What the keyword search matches against: code, Chinese and English name, in lower case. */
    @Column(name = "search_text", nullable = false, length = 1000)
    private String searchText;

    @Version
    private long version;

    protected Matter() {
    }

    /** A matter not yet public; its first version brings the guide. */
    public Matter(String code, Department department, MatterContent draft) {
        this.code = Objects.requireNonNull(code);
        this.department = Objects.requireNonNull(department);
        describe(draft);
    }

    /** The version is now the one in force: the public guide and new applications use it. */
    public void putInForce(MatterVersion inForce) {
        if (!inForce.getMatter().getCode().equals(code) || inForce.getStatus() != VersionStatus.IN_FORCE) {
            throw new IllegalArgumentException("Version " + inForce.getNumber() + " is not in force for " + code);
        }
        if (currentVersion != null && currentVersion != inForce) {
            currentVersion.supersede();
        }
        this.currentVersion = inForce;
        describe(inForce.getContent());
    }

    private void describe(MatterContent content) {
        this.name = content.name();
        this.nameEn = content.nameEn();
        this.kind = content.kind();
        this.statutoryDays = content.statutoryDays();
        this.promisedDays = content.promisedDays();
        this.processType = content.process().type();
        this.onlineLevel = content.onlineLevel();
        this.searchText = searchTextOf(code, content);
    }

    /** The text the keyword search reads: normalised as {@link SearchTerms#normalise} normalises queries. */
    static String searchTextOf(String code, MatterContent content) {
        return SearchTerms.normalise(code + " " + content.name() + " " + (content.nameEn() == null ? "" : content.nameEn()));
    }

    public boolean isPublic() {
        return currentVersion != null;
    }

    public boolean acceptsOnlineApplications() {
        return isPublic() && onlineLevel.acceptsOnlineApplications();
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public MatterKind getKind() {
        return kind;
    }

    public Department getDepartment() {
        return department;
    }

    public MatterVersion getCurrentVersion() {
        return currentVersion;
    }

    public int getStatutoryDays() {
        return statutoryDays;
    }

    public int getPromisedDays() {
        return promisedDays;
    }

    public ProcessType getProcessType() {
        return processType;
    }

    public OnlineLevel getOnlineLevel() {
        return onlineLevel;
    }

    public String getSearchText() {
        return searchText;
    }
}
