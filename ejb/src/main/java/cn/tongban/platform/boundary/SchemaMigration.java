package cn.tongban.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything else runs. The schema comes only from the versioned
 * migrations in {@code db/migration}, never from JPA DDL generation; Flyway's lock makes the nodes of a
 * cluster that start together apply each migration once.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/TongbanDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        // The server's EJB timer store (cluster-safe timers of the deadline sweep) creates its table JBOSS_EJB_TIMER
        // in this database when the server starts, before the application deploys: a new schema is therefore never
        // quite empty. A schema without Flyway's history is taken as version 0, so that every migration runs.
        var result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                + " migration(s) applied");
    }
}
