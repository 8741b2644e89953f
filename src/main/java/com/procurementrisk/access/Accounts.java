package com.procurementrisk.access;

import com.procurementrisk.audit.AuditLog;
import com.procurementrisk.config.AdvisorConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

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
 * and instance administrator ({@link InstanceAdmin}), with the password from
 * {@code ADVISOR_ADMIN_PASSWORD}, or a generated one written once to the log.
 */
@ApplicationScoped
public class Accounts {

    static final String FIRST_ADMIN = "admin";
    static final String FIRST_WORKSPACE = "Default";

    private final Optional<String> adminPassword;
    private final boolean singleSignOn;

    private final AuditLog audit;

    Accounts(AdvisorConfig config, AuditLog audit) {
        this.adminPassword = config.adminPassword().filter(p -> !p.isBlank());
        this.singleSignOn = config.access().oidc().enabled();
        this.audit = audit;
    }

    @Transactional
    void firstStart(@Observes StartupEvent start) {
        if (singleSignOn || AccountEntity.count() > 0) {
            return;
        }
        String password = adminPassword.orElseGet(Passwords::generate);
        create(FIRST_ADMIN, password, FIRST_WORKSPACE, Role.ADMIN);
        AccountEntity.named(FIRST_ADMIN).ifPresent(a -> a.instanceAdmin = true);
        audit.record("account.created", FIRST_ADMIN, "first start: admin of " + FIRST_WORKSPACE);
        if (adminPassword.isPresent()) {
            Log.infof("First start: account '%s' created with the password from ADVISOR_ADMIN_PASSWORD.", FIRST_ADMIN);
        } else {
            // Shown once: only the hash is kept.
            Log.warnf("First start: account '%s' created with the generated password %s - sign in and change it; "
                    + "it is not shown again.", FIRST_ADMIN, password);
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
     * The account, when the password is its own and the account is not disabled. (Runs in its own
     * transaction: sign-in happens before any request context.)
     */
    @Transactional
    public Optional<SignedIn> signIn(String username, String password) {
        Optional<AccountEntity> account = AccountEntity.named(username).filter(a -> a.disabledAt == null);
        if (account.isEmpty()) {
            // Spend the same time as a real check, so that response times do not tell which names exist.
            Passwords.matches(password, Dummy.HASH);
            return Optional.empty();
        }
        if (!Passwords.matches(password, account.get().passwordHash)) {
            return Optional.empty();
        }
        return Optional.of(signedIn(account.get()));
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
