package com.procurementrisk.access;

import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.audit.AuditLog;
import com.procurementrisk.scoring.FieldProblem;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an administrator does with built-in accounts: add one, reset its password, give it a role
 * in a workspace (or take it away), disable and enable it. Every change is in the audit log. The
 * last enabled administrator cannot be disabled or lose the role, nor the last enabled instance
 * administrator that.
 * <p>
 * Who may do what: an instance administrator ({@link InstanceAdmin}) every account, every
 * workspace (new ones too) and who else is one. An administrator of a workspace only that
 * workspace: the accounts that are members of it (and only their roles there), roles there,
 * accounts added there; a password reset or a disabling only of accounts that belong to no other
 * workspace and are no instance administrators (else they could take over an account that
 * administers elsewhere). An account they may not see is answered like one that does not exist.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    static final int MIN_PASSWORD = 12;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");
    private static final Pattern WORKSPACE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,99}");

    /**
     * An account as the administration page shows it: its roles in the workspaces the viewer
     * administers, and whether a workspace administrator may reset its password or disable it.
     */
    public record AccountView(String username, boolean disabled, Map<String, Role> workspaces, boolean instanceAdmin,
                              boolean wholly) {
    }

    private final Accounts accounts;
    private final AuditLog audit;
    private final Callers callers;
    private final SecurityIdentity identity;
    private final Sessions sessions;
    private final ApiTokens tokens;

    AccountAdministration(Accounts accounts, AuditLog audit, Callers callers, SecurityIdentity identity,
                          Sessions sessions, ApiTokens tokens) {
        this.accounts = accounts;
        this.audit = audit;
        this.callers = callers;
        this.identity = identity;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** The accounts the caller administers, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountView> list() {
        Map<UUID, String> workspaces = administered();
        List<AccountView> views = new ArrayList<>();
        for (AccountEntity a : AccountEntity.<AccountEntity>listAll(Sort.ascending("username"))) {
            List<MembershipEntity> memberships = MembershipEntity.of(a.id);
            Map<String, Role> roles = new LinkedHashMap<>();
            memberships.stream().filter(m -> workspaces.containsKey(m.key.workspaceId))
                    .forEach(m -> roles.put(workspaces.get(m.key.workspaceId), Role.of(m.role)));
            if (instance() || !roles.isEmpty()) {
                views.add(new AccountView(a.username, a.disabledAt != null, roles, a.instanceAdmin,
                        instance() || wholly(a, memberships, workspaces)));
            }
        }
        return views;
    }

    /** The workspaces the caller administers (every one, for an instance administrator), by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> workspaces() {
        return administered().values().stream().toList();
    }

    /** Makes the account an instance administrator or no longer one (instance administrators only). */
    public void setInstanceAdmin(String username, boolean instanceAdmin) {
        requireInstance();
        AccountEntity account = account(username);
        if (account.instanceAdmin && !instanceAdmin) {
            keepAnInstanceAdministrator(account);
        }
        if (account.instanceAdmin != instanceAdmin) {
            account.instanceAdmin = instanceAdmin;
            audit.record("account.instance-admin", account.username, instanceAdmin ? "granted" : "revoked");
        }
    }

    /** Adds an account with a role in a workspace (created when new). */
    public void add(String username, String password, String workspace, String role) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!NAME.matcher(name).matches()) {
            problems.add(new FieldProblem("username", "2 to 100 lower-case letters, digits and . _ @ -, "
                    + "starting with a letter or digit."));
        } else if (AccountEntity.named(name).isPresent()) {
            problems.add(new FieldProblem("username", "An account of that name exists already."));
        }
        checkPassword(password, problems);
        String space = checkWorkspace(workspace, problems);
        Role r = checkRole(role, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        space = mayAdminister(space);
        accounts.create(name, password, space, r);
        audit.record("account.created", name, r.id() + " in " + space, WorkspaceEntity.namedOrNew(space).id);
    }

    public void resetPassword(String username, String password) {
        AccountEntity account = whollyAdministered(username);
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(password, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.passwordHash = Passwords.hash(password);
        audit.record("account.password-reset", account.username, null, onlyWorkspace(account));
        endSessionsAndTokens(account);
    }

    /** Gives the account a role in a workspace (created when new), or takes its membership away ({@code role} "none"). */
    public void setRole(String username, String workspace, String role) {
        AccountEntity account = visible(username);
        List<FieldProblem> problems = new ArrayList<>();
        String space = checkWorkspace(workspace, problems);
        Role r = "none".equals(role) ? null : checkRole(role, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WorkspaceEntity w = WorkspaceEntity.namedOrNew(mayAdminister(space));
        Optional<MembershipEntity> member = MembershipEntity.findByIdOptional(new MembershipEntity.Key(account.id, w.id));
        if (member.filter(m -> Role.ADMIN.id().equals(m.role)).isPresent() && r != Role.ADMIN) {
            keepAnAdministrator(account);
        }
        if (r == null) {
            member.ifPresent(MembershipEntity::delete);
        } else {
            MembershipEntity m = member.orElseGet(() -> {
                MembershipEntity created = new MembershipEntity();
                created.key = new MembershipEntity.Key(account.id, w.id);
                return created;
            });
            m.role = r.id();
            m.persist();
        }
        audit.record("account.role-changed", account.username, (r == null ? "none" : r.id()) + " in " + w.name, w.id);
        endSessions(account);
    }

    public void setDisabled(String username, boolean disabled) {
        AccountEntity account = whollyAdministered(username);
        if (disabled && account.disabledAt == null) {
            keepAnAdministrator(account);
            if (account.instanceAdmin) {
                keepAnInstanceAdministrator(account);
            }
            account.disabledAt = now();
            audit.record("account.disabled", account.username, null, onlyWorkspace(account));
            endSessions(account);
        } else if (!disabled && account.disabledAt != null) {
            account.disabledAt = null;
            audit.record("account.enabled", account.username, null, onlyWorkspace(account));
        }
    }

    /** Refuses a change that would leave no enabled instance administrator. */
    private static void keepAnInstanceAdministrator(AccountEntity changing) {
        long others = AccountEntity.count("instanceAdmin = true and disabledAt is null and id <> ?1", changing.id);
        if (others == 0) {
            throw new InvalidInputException(List.of(new FieldProblem("username",
                    "This is the last enabled instance administrator: make another account one first.")));
        }
    }

    private boolean instance() {
        return identity.hasRole(InstanceAdmin.ROLE);
    }

    private void requireInstance() {
        if (!instance()) {
            throw new ForbiddenException();
        }
    }

    /** Workspace id to name, sorted by name: every workspace for an instance administrator, else those the caller administers. */
    private Map<UUID, String> administered() {
        Map<UUID, String> workspaces = new LinkedHashMap<>();
        boolean all = instance();
        var mine = callers.current().workspaces(Role.ADMIN);
        WorkspaceEntity.<WorkspaceEntity>listAll(Sort.ascending("name")).stream()
                .filter(w -> all || mine.contains(w.id)).forEach(w -> workspaces.put(w.id, w.name));
        return workspaces;
    }

    /**
     * The workspace of that name as it is written, when the caller may administer it; refuses a
     * change in a workspace the caller does not administer (only an instance administrator creates one).
     */
    private String mayAdminister(String workspace) {
        if (instance()) {
            return workspace;
        }
        return administered().values().stream().filter(name -> name.equalsIgnoreCase(workspace)).findFirst()
                .orElseThrow(ForbiddenException::new);
    }

    /** The account, when it is a member of a workspace the caller administers (or the caller administers the instance). */
    private AccountEntity visible(String username) {
        AccountEntity account = account(username);
        Map<UUID, String> workspaces = administered();
        if (instance() || MembershipEntity.of(account.id).stream().anyMatch(m -> workspaces.containsKey(m.key.workspaceId))) {
            return account;
        }
        throw noSuchAccount();
    }

    /** The account, when the caller administers all of it: every workspace it is in, and it administers no instance. */
    private AccountEntity whollyAdministered(String username) {
        AccountEntity account = visible(username);
        if (!instance() && !wholly(account, MembershipEntity.of(account.id), administered())) {
            throw new InvalidInputException(List.of(new FieldProblem("username", "This account also belongs to "
                    + "workspaces you do not administer, or administers the instance: only an instance administrator "
                    + "can reset its password or disable it.")));
        }
        return account;
    }

    private static boolean wholly(AccountEntity account, List<MembershipEntity> memberships,
                                  Map<UUID, String> workspaces) {
        return !account.instanceAdmin && !memberships.isEmpty()
                && memberships.stream().allMatch(m -> workspaces.containsKey(m.key.workspaceId));
    }

    /** The workspace an account-wide change concerns in the audit log: the account's one workspace, if it has one only. */
    private static UUID onlyWorkspace(AccountEntity account) {
        List<MembershipEntity> memberships = MembershipEntity.of(account.id);
        return memberships.size() == 1 ? memberships.get(0).key.workspaceId : null;
    }

    /**
     * Signs the account out everywhere, on every replica from its next request: after an
     * administrator changed what it may do, it signs in again to go on.
     */
    private void endSessions(AccountEntity account) {
        sessions.endAll(account.id);
    }

    /**
     * After a password reset: signs the account out everywhere and revokes its API tokens, since
     * a reset usually means the password (and whatever the account made with it) may be known to
     * someone else. Its owner makes new tokens after signing in with the new password.
     */
    private void endSessionsAndTokens(AccountEntity account) {
        endSessions(account);
        tokens.revokeAll(account.id, "password reset");
    }

    /** Refuses a change that would leave no enabled administrator. */
    private static void keepAnAdministrator(AccountEntity changing) {
        long others = MembershipEntity.count("role = ?1 and key.accountId <> ?2 and key.accountId in "
                + "(select a.id from AccountEntity a where a.disabledAt is null)", Role.ADMIN.id(), changing.id);
        if (others == 0) {
            throw new InvalidInputException(List.of(new FieldProblem("username",
                    "This is the last enabled administrator: make another account administrator first.")));
        }
    }

    private static AccountEntity account(String username) {
        return AccountEntity.named(username == null ? "" : username).orElseThrow(AccountAdministration::noSuchAccount);
    }

    private static InvalidInputException noSuchAccount() {
        return new InvalidInputException(List.of(new FieldProblem("username", "No such account.")));
    }

    private static void checkPassword(String password, List<FieldProblem> problems) {
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add(new FieldProblem("password", "At least " + MIN_PASSWORD + " characters."));
        } else if (Passwords.tooLong(password)) {
            problems.add(new FieldProblem("password", "At most " + Passwords.MAX_BYTES + " bytes, bcrypt's limit "
                    + "(" + Passwords.MAX_BYTES + " letters and digits, fewer with accented letters or symbols)."));
        }
    }

    private static String checkWorkspace(String workspace, List<FieldProblem> problems) {
        String space = workspace == null ? "" : workspace.strip();
        if (!WORKSPACE.matcher(space).matches()) {
            problems.add(new FieldProblem("workspace", "1 to 100 letters, digits, spaces and . _ -."));
        }
        return space;
    }

    private static Role checkRole(String role, List<FieldProblem> problems) {
        for (Role r : Role.values()) {
            if (r.id().equals(role)) {
                return r;
            }
        }
        problems.add(new FieldProblem("role", "One of viewer, editor, admin."));
        return null;
    }


    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
