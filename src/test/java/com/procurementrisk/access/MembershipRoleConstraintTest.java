package com.procurementrisk.access;

import com.procurementrisk.problem.DatabaseOutage;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 20, point 8: on a freshly created file database, once the connection that ran the
 * migrations is closed (as the pool closes it after some idle minutes), role changes from a burst
 * of parallel connections, and the ones after them, still succeed; a role that does not exist is
 * still refused, as a constraint error and not as an outage. With H2 2.4.240 and the CHECK
 * constraint of V2 alone, every one of these changes failed (23514 caused by 90098).
 */
class MembershipRoleConstraintTest {

    private static final int PARALLEL = 8;

    @Test
    void roleChangesKeepWorkingAfterTheMigratingConnectionIsClosed() throws Exception {
        Path dir = Path.of("target", "membership-role-" + UUID.randomUUID());
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("advisor") + ";DB_CLOSE_ON_EXIT=FALSE";
        // Kept open so that the database stays open while every other connection comes and goes.
        try (Connection keep = DriverManager.getConnection(url, "advisor", "advisor")) {
            Flyway.configure().dataSource(url, "advisor", "advisor").locations("classpath:db/migration").load()
                    .migrate();
            UUID workspace = UUID.randomUUID();
            execute(url, "INSERT INTO workspace (id, name, created_at) VALUES (?, 'Acme', CURRENT_TIMESTAMP)",
                    workspace);

            ExecutorService burst = Executors.newFixedThreadPool(PARALLEL);
            try {
                List<Future<UUID>> accounts = new ArrayList<>();
                for (int i = 0; i < PARALLEL; i++) {
                    accounts.add(burst.submit(() -> addMember(url, workspace, "editor")));
                }
                for (Future<UUID> account : accounts) {
                    UUID id = account.get();
                    // Later changes, each on a connection of its own, work as well.
                    execute(url, "UPDATE membership SET role = 'admin' WHERE account_id = ?", id);
                    execute(url, "UPDATE membership SET role = 'viewer' WHERE account_id = ?", id);
                }
            } finally {
                burst.shutdownNow();
            }
            assertThat(count(url, "SELECT COUNT(*) FROM membership WHERE role = 'viewer'")).isEqualTo(PARALLEL);

            SQLException unknown = catchThrowableOfType(SQLException.class,
                    () -> addMember(url, workspace, "owner"));
            assertThat(unknown.getSQLState()).startsWith("23");
            assertThat(DatabaseOutage.isOutage(unknown)).isFalse();
        }
    }

    private static UUID addMember(String url, UUID workspace, String role) throws SQLException {
        UUID account = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, "advisor", "advisor")) {
            c.setAutoCommit(false);
            try (PreparedStatement a = c.prepareStatement("INSERT INTO account (id, username, password_hash, "
                    + "created_at) VALUES (?, ?, 'x', CURRENT_TIMESTAMP)");
                 PreparedStatement m = c.prepareStatement("INSERT INTO membership (account_id, workspace_id, role) "
                         + "VALUES (?, ?, ?)")) {
                a.setObject(1, account);
                a.setString(2, "user-" + account);
                a.executeUpdate();
                m.setObject(1, account);
                m.setObject(2, workspace);
                m.setString(3, role);
                m.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
        return account;
    }

    private static void execute(String url, String sql, UUID id) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "advisor", "advisor");
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "advisor", "advisor");
             var result = c.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
