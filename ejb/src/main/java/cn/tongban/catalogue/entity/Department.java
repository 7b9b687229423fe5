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

import java.util.Locale;
import java.util.Objects;

/** A department (单位) that handles matters, or one of the city's offices that oversee them. */
@Entity
@Table(name = "department")
@NamedQuery(name = Department.FIND_BY_CODE, query = "SELECT d FROM Department d WHERE d.code = :code")
@NamedQuery(name = Department.FIND_ALL, query = "SELECT d FROM Department d ORDER BY d.code")
public class Department {

    public static final String FIND_BY_CODE = "Department.findByCode";
    public static final String FIND_ALL = "Department.findAll";

    @Id
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DepartmentLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Department parent;

    protected Department() {
    }

    public Department(String code, String name, String nameEn, DepartmentLevel level, Department parent) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.nameEn = nameEn;
        this.level = Objects.requireNonNull(level);
        this.parent = parent;
    }

    /** The name in the reader's language; Chinese where no English name is known. */
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

    public DepartmentLevel getLevel() {
        return level;
    }

    public Department getParent() {
        return parent;
    }
}
