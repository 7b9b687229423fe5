package cn.tongban.demo.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.accounts.control.PasswordHashing;
import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.AccountKind;
import cn.tongban.accounts.entity.Role;
import cn.tongban.catalogue.control.CatalogueFile;
import cn.tongban.catalogue.control.CatalogueImport;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.DepartmentLevel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Loads the sample catalogue ({@code seed/catalogue.json}) and the demo accounts ({@code seed/demo-accounts.json})
 * at start-up when {@code tongban.demo.enabled} is true. What is already there is left alone, so restarts
 * and a second node add nothing twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "tongban.demo.enabled", defaultValue = "false")
    boolean enabled;

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogueImport catalogueImport;

    @EJB
    Accounts accounts;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        int matters;
        try (InputStream in = resource("seed/catalogue.json")) {
            matters = catalogueImport.store(CatalogueFile.read(in, catalogueImport.departmentCodes()), null,
                    OffsetDateTime.now(clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int added = 0;
        try (InputStream in = resource("seed/demo-accounts.json"); var reader = Json.createReader(in)) {
            JsonObject root = reader.readObject();
            for (JsonValue value : root.getJsonArray("departments")) {
                addDepartment(value.asJsonObject());
            }
            em.flush();
            for (JsonValue value : root.getJsonArray("accounts")) {
                added += addAccount(value.asJsonObject()) ? 1 : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int addedAccounts = added;
        LOG.info(() -> "Demo data: " + matters + " matter(s) and " + addedAccounts + " account(s) added");
    }

    private void addDepartment(JsonObject d) {
        String code = d.getString("code");
        if (em.createNamedQuery(Department.FIND_BY_CODE, Department.class).setParameter("code", code)
                .getResultList().isEmpty()) {
            em.persist(new Department(code, d.getString("name"), d.getString("nameEn", null),
                    DepartmentLevel.valueOf(d.getString("level")), null));
        }
    }

    private boolean addAccount(JsonObject a) {
        String username = a.getString("username");
        if (accounts.byUsername(username).isPresent()) {
            return false;
        }
        String hash = PasswordHashing.hash(a.getString("password").toCharArray());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Set<Role> roles = a.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(s -> Role.valueOf(s.getString()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Account account;
        if (roles.contains(Role.APPLICANT)) {
            account = Account.applicant(username, hash, a.getString("name"), AccountKind.valueOf(a.getString("kind")), now);
            account.identify(a.getString("identityNumber", null));
        } else {
            Department department = em.createNamedQuery(Department.FIND_BY_CODE, Department.class)
                    .setParameter("code", a.getString("department")).getSingleResult();
            account = Account.ofDepartment(username, hash, a.getString("name"), department, roles, now);
        }
        if (a.getBoolean("trainingPassed", false)) {
            account.passTraining();
        }
        account.contact(a.getString("email", null), a.getString("phone", null));
        em.persist(account);
        return true;
    }

    private static InputStream resource(String name) {
        InputStream in = DemoData.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + name);
        }
        return in;
    }
}
