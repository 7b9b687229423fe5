package cn.tongban.accounts.entity;

import cn.tongban.catalogue.entity.Department;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person, enterprise, staff member or partner system that signs in. Staff belong to exactly one
 * department and act only after passing the training (第十九条); the realm grants them no staff role before.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.FIND_BY_IDENTITY, query = "SELECT a FROM Account a WHERE a.identityNumber = :identityNumber")
public class Account {

    public static final String FIND_BY_USERNAME = "Account.findByUsername";
    public static final String FIND_BY_IDENTITY = "Account.findByIdentity";

    /**
     * The password hash of an account that cannot sign in: not a modular-crypt hash, so no password matches it.
     * Such accounts are also disabled, so the realm never even reads it.
     */
    private static final String NO_PASSWORD = "!";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccountKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(length = 254)
    private String email;

    @Column(length = 32)
    private String phone;

    /** An applicant's resident identity number (GB 11643) or unified social credit code (GB 32100). */
    @Column(name = "identity_number", length = 18, unique = true)
    private String identityNumber;

    @Column(name = "training_passed", nullable = false)
    private boolean trainingPassed;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Account() {
    }

    private Account(String username, String passwordHash, String displayName, AccountKind kind,
                    Department department, Set<Role> roles, OffsetDateTime createdAt) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = Objects.requireNonNull(displayName);
        this.kind = Objects.requireNonNull(kind);
        this.department = department;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** An applicant's account: a person or an enterprise, no department. */
    public static Account applicant(String username, String passwordHash, String displayName, AccountKind kind,
                                    OffsetDateTime createdAt) {
        if (kind != AccountKind.PERSON && kind != AccountKind.ENTERPRISE) {
            throw new IllegalArgumentException("An applicant is a person or an enterprise: " + kind);
        }
        return new Account(username, passwordHash, displayName, kind, null, EnumSet.of(Role.APPLICANT), createdAt);
    }

    /**
     * An applicant registered at a department's counter by its partner system (第五条), who has not signed up
     * online: the account holds the name and identity the counter checked, and cannot sign in.
     */
    public static Account registeredAtCounter(String username, String displayName, AccountKind kind, String identityNumber,
                                              OffsetDateTime createdAt) {
        Account account = applicant(username, NO_PASSWORD, displayName, kind, createdAt);
        account.identityNumber = Objects.requireNonNull(identityNumber);
        account.enabled = false;
        return account;
    }

    /** Records the applicant's identity number, as checked when the account was opened. */
    public void identify(String identityNumber) {
        if (kind != AccountKind.PERSON && kind != AccountKind.ENTERPRISE) {
            throw new IllegalStateException("Only applicants have an identity number");
        }
        this.identityNumber = identityNumber;
    }

    /** A staff member of one department, or a partner system of it. */
    public static Account ofDepartment(String username, String passwordHash, String displayName, Department department,
                                       Set<Role> roles, OffsetDateTime createdAt) {
        Objects.requireNonNull(department, "department");
        if (roles.isEmpty() || roles.contains(Role.APPLICANT)) {
            throw new IllegalArgumentException("Department accounts hold department roles: " + roles);
        }
        AccountKind kind = roles.contains(Role.PARTNER) ? AccountKind.SYSTEM : AccountKind.STAFF;
        return new Account(username, passwordHash, displayName, kind, department, roles, createdAt);
    }

    /** Records that the holder passed the required training (第十九条). */
    public void passTraining() {
        this.trainingPassed = true;
    }

    public void contact(String email, String phone) {
        this.email = email;
        this.phone = phone;
    }

    public boolean mayAct() {
        return enabled && (kind != AccountKind.STAFF || trainingPassed);
    }

    public boolean belongsTo(Department other) {
        return department != null && other != null
                && (department == other || department.getId() != null && department.getId().equals(other.getId()));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public AccountKind getKind() {
        return kind;
    }

    public Department getDepartment() {
        return department;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getIdentityNumber() {
        return identityNumber;
    }

    public boolean isTrainingPassed() {
        return trainingPassed;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
