package com.procurementrisk.access;

import com.procurementrisk.audit.AuditLog;
import com.procurementrisk.config.AdvisorConfig;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Built-in accounts: creating them, checking a password, and the first start. On a first start
 * (no account yet) an {@code admin} account is created, admin of the workspace {@code Default},
 * and instance administrator ({@link InstanceAdmin}), with the password from {@code ADVISOR_ADMIN_PASSWORD},
 * or a generated one written to a file that only the application's user can read
 * ({@code ADVISOR_ADMIN_PASSWORD_FILE}); the log names the file, never the password.
 */
@ApplicationScoped
public class Accounts {

    static final String FIRST_ADMIN = "admin";
    static final String FIRST_WORKSPACE = "Default";

    private final Optional<String> adminPassword;
    private final Path adminPasswordFile;
    private final boolean singleSignOn;

    private final AuditLog audit;

    Accounts(AdvisorConfig config, AuditLog audit) {
        this.adminPassword = config.adminPassword().filter(p -> !p.isBlank());
        this.adminPasswordFile = config.adminPasswordFile();
        this.singleSignOn = config.access().oidc().enabled();
        this.audit = audit;
    }

    void firstStart(@Observes StartupEvent start) {
        // A lambda, not AccountEntity::count: a method reference would call Panache's unenhanced base method.
        if (singleSignOn || QuarkusTransaction.requiringNew().call(() -> AccountEntity.count()) > 0) {
            return;
        }
        if (adminPassword.filter(Passwords::tooLong).isPresent()) {
            throw new IllegalStateException("ADVISOR_ADMIN_PASSWORD is longer than " + Passwords.MAX_BYTES
                    + " bytes (bcrypt's limit): choose a shorter one.");
        }
        String password = adminPassword.orElseGet(Passwords::generate);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                create(FIRST_ADMIN, password, FIRST_WORKSPACE, Role.ADMIN);
                AccountEntity.named(FIRST_ADMIN).ifPresent(a -> a.instanceAdmin = true);
                audit.record("account.created", FIRST_ADMIN, "first start: admin of " + FIRST_WORKSPACE);
            });
        } catch (RuntimeException lostTheRace) {
            // Replicas starting at once on a new database: another one created the first administrator
            // between our count and our insert (a duplicate key at commit, whichever exception wraps it),
            // which is this start's work done. Anything else stops the start as before.
            if (QuarkusTransaction.requiringNew().call(() -> AccountEntity.named(FIRST_ADMIN).isPresent())) {
                Log.infof("First start: account '%s' was created by another replica starting at the same time.",
                        FIRST_ADMIN);
                return;
            }
            throw lostTheRace;
        }
        if (adminPassword.isPresent()) {
            Log.infof("First start: account '%s' created with the password from ADVISOR_ADMIN_PASSWORD.", FIRST_ADMIN);
        } else {
            // A password in a log is read by whoever reads the log (collectors, support tickets): it goes to a
            // file of its own, and the log says where.
            Path file = writePasswordFile(password);
            Log.warnf("First start: account '%s' created with a generated password, written to %s (readable by "
                    + "this user only). Sign in, set a password of your own and delete the file.", FIRST_ADMIN, file);
        }
    }

    /** Writes the first administrator's password to its file, readable by this user only where the file system allows. */
    private Path writePasswordFile(String password) {
        Path file = adminPasswordFile.toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, password + System.lineSeparator());
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("First start: cannot write the first administrator's password to " + file
                    + " (" + e.getClass().getSimpleName() + "). Set ADVISOR_ADMIN_PASSWORD, or ADVISOR_ADMIN_PASSWORD_FILE "
                    + "to a writable place.", e);
        }
    }

    /** Creates the workspaces of these names that do not exist yet (named by a sign-in provider's token). */
    @Transactional
    public void ensureWorkspaces(java.util.Collection<String> names) {
        for (String name : names) {
            if (!knownWorkspaces.contains(name)) {
                WorkspaceEntity.namedOrNew(name);
                knownWorkspaces.add(name);
            }
        }
    }

    /** Workspaces known to exist (they are never deleted), to spare a query on every request. */
    private final java.util.Set<String> knownWorkspaces = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Creates an account with a role in a workspace (created if it does not exist yet). */
    @Transactional
    public void create(String username, String password, String workspace, Role role) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        AccountEntity account = new AccountEntity();
        account.id = UUID.randomUUID();
        account.username = username;
        account.passwordHash = Passwords.hash(password);
        account.createdAt = now;
        account.persist();
        WorkspaceEntity space = WorkspaceEntity.namedOrNew(workspace);
        MembershipEntity member = new MembershipEntity();
        member.key = new MembershipEntity.Key(account.id, space.id);
        member.role = role.id();
        member.persist();
    }

    /** Creates the account unless one of that name exists (for set-up scripts and tests). */
    @Transactional
    public void createIfAbsent(String username, String password, String workspace, Role role) {
        if (AccountEntity.named(username).isEmpty()) {
            create(username, password, workspace, role);
        }
    }

    /**
     * The id of the account, when the password is its own and the account is not disabled. The
     * bcrypt check (a quarter of a second of CPU) holds no database connection: the hash is read in
     * a short transaction of its own, so that a flood of sign-in attempts cannot empty the pool.
     */
    public Optional<UUID> check(String username, String password) {
        Optional<Stored> stored = QuarkusTransaction.requiringNew().call(() -> AccountEntity.named(username)
                .filter(a -> a.disabledAt == null).map(a -> new Stored(a.id, a.passwordHash)));
        if (stored.isEmpty()) {
            // Spend the same time as a real check, so that response times do not tell which names exist.
            Passwords.matches(password, Dummy.HASH);
            return Optional.empty();
        }
        return Passwords.matches(password, stored.get().hash()) ? Optional.of(stored.get().id()) : Optional.empty();
    }

    /** The account with its roles, when the password is its own and the account is not disabled. */
    public Optional<SignedIn> signIn(String username, String password) {
        return check(username, password).flatMap(id -> QuarkusTransaction.requiringNew()
                .call(() -> AccountEntity.<AccountEntity>findByIdOptional(id).map(Accounts::signedIn)));
    }

    /** An account's id and password hash, read for a sign-in. */
    private record Stored(UUID id, String hash) {
    }

    /**
     * The account behind a session that is already signed in, with its roles as they are now;
     * empty when it has been disabled or removed since.
     */
    @Transactional
    public Optional<SignedIn> current(String username) {
        return AccountEntity.named(username).filter(a -> a.disabledAt == null).map(Accounts::signedIn);
    }

    private static SignedIn signedIn(AccountEntity account) {
        Map<String, Role> workspaces = new LinkedHashMap<>();
        for (MembershipEntity m : MembershipEntity.of(account.id)) {
            WorkspaceEntity.<WorkspaceEntity>findByIdOptional(m.key.workspaceId)
                    .ifPresent(w -> workspaces.put(w.name, Role.of(m.role)));
        }
        return new SignedIn(account.username, workspaces, account.instanceAdmin);
    }

    /**
     * A hash no account has, to check unknown names against. Made when first needed, not when
     * the class is loaded at start-up: a bcrypt hash of cost 12 in a JVM that has compiled
     * nothing yet took about a quarter of the start-up time.
     */
    private static final class Dummy {
        static final String HASH = Passwords.hash(Passwords.generate());
    }
}
