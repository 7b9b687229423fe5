package cn.tongban.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The one clock of the application. Working days and receipt numbers are dated in China Standard Time;
 * tests replace the clock through CDI alternatives instead of sleeping.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Ticks in microseconds, the precision PostgreSQL stores, so a time read back equals the one written. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.system(CHINA), Duration.ofNanos(1_000));
    }
}
