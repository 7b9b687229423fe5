package cn.tongban.changes.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.platform.entity.Violation;
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
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A named piece of system configuration (系统配置信息), such as a department's interface endpoint
 * ({@code department.ZJJ.interface-endpoint}) or a system-wide limit ({@code system.upload.max-mb}). Its value
 * changes only through an approved {@link ChangeRequest} (第十六条: 不得擅自…随意更改系统配置信息); its version
 * counts those changes, so that a request based on an older value is noticed.
 */
@Entity
@Table(name = "setting")
@NamedQuery(name = Setting.FIND_BY_NAME, query = "SELECT s FROM Setting s WHERE s.name = :name")
@NamedQuery(name = Setting.FIND_BY_DEPARTMENT,
        query = "SELECT s FROM Setting s WHERE s.departmentCode = :department ORDER BY s.name")
@NamedQuery(name = Setting.FIND_SYSTEM_WIDE,
        query = "SELECT s FROM Setting s WHERE s.departmentCode IS NULL ORDER BY s.name")
public class Setting {

    public static final String FIND_BY_NAME = "Setting.findByName";
    public static final String FIND_BY_DEPARTMENT = "Setting.findByDepartment";
    public static final String FIND_SYSTEM_WIDE = "Setting.findSystemWide";

    @Id
    @SequenceGenerator(name = "setting_seq", sequenceName = "setting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "setting_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false, length = 16)
    private SettingType type;

    /** The department the setting belongs to; null for a system-wide setting. */
    @Column(name = "department_code", length = 32)
    private String departmentCode;

    @Column(name = "current_value", nullable = false, length = 1000)
    private String value;

    private Long minimum;

    private Long maximum;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(name = "description_en", length = 500)
    private String descriptionEn;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by_id")
    private Account updatedBy;

    @Column(name = "updated_by_name", length = 200)
    private String updatedByName;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Setting() {
    }

    /** A new setting; its value is checked like any proposed one. Integer settings have both bounds or neither. */
    public Setting(String name, SettingType type, String departmentCode, String value, Long minimum, Long maximum,
                   String description, String descriptionEn, OffsetDateTime createdAt) {
        if ((minimum == null) != (maximum == null) || (minimum != null && minimum > maximum)) {
            throw new IllegalArgumentException("Bounds of " + name + ": both or neither, minimum <= maximum");
        }
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.departmentCode = departmentCode;
        this.minimum = minimum;
        this.maximum = maximum;
        this.description = Objects.requireNonNull(description);
        this.descriptionEn = descriptionEn;
        this.updatedAt = Objects.requireNonNull(createdAt);
        this.value = type.normalise(value);
        check(this.value).ifPresent(v -> {
            throw new IllegalArgumentException("Value of " + name + " is not a valid " + type + ": " + value);
        });
    }

    /**
     * Whether the account may ask to change this setting: a department's own setting only by that department's
     * business owner (第十五条: 各有关单位…进行业务数据变更的申请; 第十八条: 业务负责人), a system-wide one only by
     * the service office or the IT office, who run the system (第九、十条).
     */
    public boolean mayBeRequestedBy(Account account) {
        if (departmentCode == null) {
            return account.hasRole(Role.SERVICE_OFFICE) || account.hasRole(Role.IT_OFFICE);
        }
        return account.hasRole(Role.DEPT_ADMIN) && account.getDepartment() != null
                && departmentCode.equals(account.getDepartment().getCode());
    }

    /** Whether the account may read the setting: the offices any, a department's staff theirs and the system-wide ones. */
    public boolean isReadableBy(Account account) {
        return departmentCode == null || !Office.of(account).isEmpty() || (account.getDepartment() != null
                && departmentCode.equals(account.getDepartment().getCode()));
    }

    /** The proposed value as it would be stored. */
    public String normalise(String proposed) {
        return type.normalise(proposed);
    }

    /** Why a normalised proposed value is not acceptable for this setting, if it is not. */
    public Optional<Violation> check(String normalised) {
        return type.check(name, normalised, minimum, maximum);
    }

    boolean isAtVersion(long expected) {
        return version == expected;
    }

    /** Takes the approved value; only a change request calls this, in the transaction of its second approval. */
    void change(String newValue, Account by, OffsetDateTime at) {
        this.value = newValue;
        this.updatedBy = by;
        this.updatedByName = by.getDisplayName();
        this.updatedAt = at;
    }

    public boolean isSystemWide() {
        return departmentCode == null;
    }

    /** What the setting is for, in the reader's language; Chinese where no English text is known. */
    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) && descriptionEn != null ? descriptionEn : description;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SettingType getType() {
        return type;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getValue() {
        return value;
    }

    public Long getMinimum() {
        return minimum;
    }

    public Long getMaximum() {
        return maximum;
    }

    public String getDescription() {
        return description;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public long getVersion() {
        return version;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
