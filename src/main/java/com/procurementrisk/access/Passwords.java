package com.procurementrisk.access;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Bcrypt hashes of passwords (cost 12), and passwords generated for a first start. Bcrypt reads
 * at most 72 bytes of a password: longer ones are refused when set ({@link #tooLong}) rather than
 * cut without a word; hashes made before that rule still verify as they did.
 */
final class Passwords {

    /** The most bytes (UTF-8) of a password that bcrypt reads. */
    static final int MAX_BYTES = 72;

    private static final int COST = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();

    private Passwords() {
    }

    static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    /** Whether the password is the one hashed; false for anything that is not a bcrypt hash. */
    static boolean matches(String password, String hash) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            return factory.verify(factory.translate(stored), password.toCharArray());
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Whether bcrypt would ignore part of the password. */
    static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    /** A random password of 20 letters and digits (about 117 bits). */
    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
