package cn.tongban.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.logging.Logger;

/** The SMS port's stand-in: writes the text to the server log, with the number masked (138****8000). */
@ApplicationScoped
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class.getName());

    @Override
    public void send(String mobile, String text) {
        LOG.info(() -> "SMS to " + masked(mobile) + ": " + text);
    }

    /** The first three and last four digits, as Chinese services print a mobile number. */
    static String masked(String mobile) {
        String digits = mobile == null ? "" : mobile.strip();
        if (digits.length() < 8) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }
}
