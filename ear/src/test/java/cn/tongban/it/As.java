package cn.tongban.it;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.concurrent.Callable;

/** Runs code in the server as a signed-in demo user, through the application's own security domain. */
public final class As {

    public static final String DEMO_PASSWORD = "Tongban@2026";

    private As() {
    }

    public static <T> T user(String username, Callable<T> action) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(username, new PasswordGuessEvidence(DEMO_PASSWORD.toCharArray()));
        return identity.runAs(action);
    }

    public static void user(String username, Runnable action) throws Exception {
        user(username, () -> {
            action.run();
            return null;
        });
    }
}
