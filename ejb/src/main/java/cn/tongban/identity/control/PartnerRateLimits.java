package cn.tongban.identity.control;

import cn.tongban.identity.entity.RateWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/**
 * The per-partner rate limit of the API (第二十一条: keeping the system running for everyone): each partner
 * system may make {@code tongban.partner.rate-limit.requests} requests per
 * {@code tongban.partner.rate-limit.window-seconds} on each node; {@code tongban.partner.rate-limit.requests.<username>}
 * sets another limit for one partner. Applicants and staff are not limited here.
 */
@ApplicationScoped
public class PartnerRateLimits {

    static final String PER_PARTNER = "tongban.partner.rate-limit.requests.";

    private final RateCounters counters = new RateCounters();

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tongban.partner.rate-limit.requests", defaultValue = "1200")
    int requests;

    @Inject
    @ConfigProperty(name = "tongban.partner.rate-limit.window-seconds", defaultValue = "60")
    int windowSeconds;

    /** Counts a request of a partner system, or refuses it with {@link cn.tongban.identity.entity.RateLimited}. */
    public void count(String partner) {
        int limit = config.getOptionalValue(PER_PARTNER + partner, Integer.class).orElse(requests);
        // instant(), not millis(): Java 17's Clock.tick with a sub-millisecond tick (Clocks) divides by zero in millis().
        counters.count(partner, new RateWindow(limit, Duration.ofSeconds(windowSeconds)), clock.instant().toEpochMilli());
    }
}
