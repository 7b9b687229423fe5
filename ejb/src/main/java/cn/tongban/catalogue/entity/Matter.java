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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;
import java.util.Objects;

/**
 * A matter (事项) of the catalogue: what an applicant can apply for, which department owns it and within
 * how many working days it is handled. The law's limit (法定时限) bounds the department's promise (承诺时限).
 */
@Entity
@Table(name = "matter")
@NamedQuery(name = Matter.FIND_BY_CODE,
        query = "SELECT m FROM Matter m JOIN FETCH m.department WHERE m.code = :code")
@NamedQuery(name = Matter.FIND_ALL,
        query = "SELECT m FROM Matter m JOIN FETCH m.department ORDER BY m.code")
@NamedQuery(name = Matter.COUNT_ALL, query = "SELECT COUNT(m) FROM Matter m")
public class Matter {

    public static final String FIND_BY_CODE = "Matter.findByCode";
    public static final String FIND_ALL = "Matter.findAll";
    public static final String COUNT_ALL = "Matter.countAll";

    @Id
    @SequenceGenerator(name = "matter_seq", sequenceName = "matter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matter_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MatterKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

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

    @Version
    private long version;

    protected Matter() {
    }

    public Matter(String code, String name, String nameEn, MatterKind kind, Department department,
                  int statutoryDays, int promisedDays, ProcessType processType, OnlineLevel onlineLevel) {
        if (statutoryDays < 1 || promisedDays < 1 || promisedDays > statutoryDays) {
            throw new IllegalArgumentException("Time limits of " + code + ": the promise (" + promisedDays
                    + ") must lie within the statutory limit (" + statutoryDays + ") and both be positive");
        }
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.nameEn = nameEn;
        this.kind = Objects.requireNonNull(kind);
        this.department = Objects.requireNonNull(department);
        this.statutoryDays = statutoryDays;
        this.promisedDays = promisedDays;
        this.processType = Objects.requireNonNull(processType);
        this.onlineLevel = Objects.requireNonNull(onlineLevel);
    }

    public boolean acceptsOnlineApplications() {
        return onlineLevel.acceptsOnlineApplications();
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
}
