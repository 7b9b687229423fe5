package cn.tongban.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application. Working days and receipt numbers are dated in China Standard Time;
 * tests replace the clock through CDI alternatives instead of sleeping.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(CHINA);
    }
}
