package cn.tongban.accounts.control;

import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Hashes passwords as bcrypt in modular crypt form ({@code $2a$...}), the form the server's JDBC realm
 * ({@code modular-crypt-mapper}) verifies. Only the hash is ever stored.
 */
public final class PasswordHashing {

    /** bcrypt cost: 2^10 rounds, about 60 ms on one core; high enough to slow guessing, low enough for logins. */
    static final int COST = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashing() {
    }

    public static String hash(char[] password) {
        if (password == null || password.length < 8) {
            throw new IllegalArgumentException("A password has at least 8 characters");
        }
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            var spec = new EncryptablePasswordSpec(password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt));
            return ModularCrypt.encodeAsString(factory.generatePassword(spec));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    public static boolean verify(String hash, char[] password) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            return factory.verify(factory.translate(ModularCrypt.decode(hash)), password);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
