package cn.tongban.catalogue.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.logging.Logger;

/**
 * Puts published versions in force on their effective day: at start-up and a minute after each midnight,
 * China Standard Time. Every node runs it; the work is idempotent, so a second node finds nothing left.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoData"})
public class MatterActivation {

    private static final Logger LOG = Logger.getLogger(MatterActivation.class.getName());

    @EJB
    MatterVersions versions;

    @PostConstruct
    void atStart() {
        daily();
    }

    @Schedule(hour = "0", minute = "1", timezone = "Asia/Shanghai", persistent = false)
    void daily() {
        int activated = versions.putDueVersionsInForce();
        if (activated > 0) {
            LOG.info(() -> activated + " matter version(s) came into force");
        }
    }
}
