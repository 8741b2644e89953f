package com.procurementrisk.config;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

/**
 * Keys the application makes for itself when none is configured, so that an installation is
 * safe without setting one and every replica uses the same: the first replica to ask makes a
 * random key of 256 bits and stores it in the database; the others (and later starts) read it.
 * Two replicas starting at once both try to store theirs; the primary key lets one win and the
 * other reads the winner's. A key is never logged and never written anywhere but the database.
 */
@ApplicationScoped
public class InstanceSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The key of this name, made and stored now when there is none yet. */
    public String readOrCreate(String name) {
        Optional<String> existing = read(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                InstanceSecretEntity secret = new InstanceSecretEntity();
                secret.name = name;
                secret.secret = made;
                secret.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                secret.persist();
            });
            return made;
        } catch (RuntimeException lostTheRace) {
            // Another replica stored its key between our read and our insert (a duplicate key at commit,
            // whichever exception wraps it): use that one.
            return read(name).orElseThrow(() -> lostTheRace);
        }
    }

    private static Optional<String> read(String name) {
        return QuarkusTransaction.requiringNew().call(() -> InstanceSecretEntity
                .<InstanceSecretEntity>findByIdOptional(name).map(s -> s.secret));
    }
}
