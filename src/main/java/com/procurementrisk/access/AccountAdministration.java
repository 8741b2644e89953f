package com.procurementrisk.access;

import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.audit.AuditLog;
import com.procurementrisk.scoring.FieldProblem;
import io.quarkus.panache.common.Sort;
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
 * last enabled administrator cannot be disabled or lose the role.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    static final int MIN_PASSWORD = 12;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");
    private static final Pattern WORKSPACE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,99}");

    /** An account as the administration page shows it. */
    public record AccountView(String username, boolean disabled, Map<String, Role> workspaces) {
    }

    private final Accounts accounts;
    private final AuditLog audit;
    private final Sessions sessions;
    private final ApiTokens tokens;

    AccountAdministration(Accounts accounts, AuditLog audit, Sessions sessions, ApiTokens tokens) {
        this.accounts = accounts;
        this.audit = audit;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountView> list() {
        Map<UUID, String> workspaces = new LinkedHashMap<>();
        WorkspaceEntity.<WorkspaceEntity>listAll(Sort.ascending("name")).forEach(w -> workspaces.put(w.id, w.name));
        List<AccountView> views = new ArrayList<>();
        for (AccountEntity a : AccountEntity.<AccountEntity>listAll(Sort.ascending("username"))) {
            Map<String, Role> roles = new LinkedHashMap<>();
            MembershipEntity.of(a.id).forEach(m -> roles.put(workspaces.get(m.key.workspaceId), Role.of(m.role)));
            views.add(new AccountView(a.username, a.disabledAt != null, roles));
        }
        return views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> workspaces() {
        return WorkspaceEntity.<WorkspaceEntity>listAll(Sort.ascending("name")).stream().map(w -> w.name).toList();
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
        accounts.create(name, password, space, r);
        audit.record("account.created", name, r.id() + " in " + space);
    }

    public void resetPassword(String username, String password) {
        AccountEntity account = account(username);
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(password, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.passwordHash = Passwords.hash(password);
        audit.record("account.password-reset", account.username, null);
        endSessionsAndTokens(account);
    }

    /** Gives the account a role in a workspace (created when new), or takes its membership away ({@code role} "none"). */
    public void setRole(String username, String workspace, String role) {
        AccountEntity account = account(username);
        List<FieldProblem> problems = new ArrayList<>();
        String space = checkWorkspace(workspace, problems);
        Role r = "none".equals(role) ? null : checkRole(role, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WorkspaceEntity w = WorkspaceEntity.namedOrNew(space);
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
        audit.record("account.role-changed", account.username, (r == null ? "none" : r.id()) + " in " + space);
        endSessions(account);
    }

    public void setDisabled(String username, boolean disabled) {
        AccountEntity account = account(username);
        if (disabled && account.disabledAt == null) {
            keepAnAdministrator(account);
            account.disabledAt = now();
            audit.record("account.disabled", account.username, null);
            endSessions(account);
        } else if (!disabled && account.disabledAt != null) {
            account.disabledAt = null;
            audit.record("account.enabled", account.username, null);
        }
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
        return AccountEntity.named(username == null ? "" : username)
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem("username", "No such account."))));
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
