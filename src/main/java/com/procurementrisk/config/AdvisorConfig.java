package com.procurementrisk.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings under {@code advisor.*}; every key can be overridden by an environment variable. */
@ConfigMapping(prefix = "advisor")
public interface AdvisorConfig {

    /** The risk model the application scores with. */
    Model model();

    /** The JSON API. */
    Api api();

    /**
     * The address people reach the application at (ADVISOR_PUBLIC_URL), e.g.
     * {@code https://advisor.example.com}, for links they copy and share and for every
     * {@code Location} header; when unset, those are relative (never built from the request's
     * {@code Host} header, which a client chooses).
     */
    java.util.Optional<String> publicUrl();

    /**
     * The first administrator's password (ADVISOR_ADMIN_PASSWORD), used once, on a first start
     * with no account; at most 72 bytes (bcrypt's limit). When unset a password is generated and
     * written to {@link #adminPasswordFile()}, never to the log.
     */
    java.util.Optional<String> adminPassword();

    /**
     * Where a first start writes the generated password of the first administrator
     * (ADVISOR_ADMIN_PASSWORD_FILE), readable by the application's user only; the log names the
     * file, not the password.
     */
    @WithDefault("data/first-admin-password")
    java.nio.file.Path adminPasswordFile();

    /** Browser sessions of built-in accounts (kept in the database). */
    Session session();

    interface Session {
        /** A session unused this long ends (ADVISOR_SESSION_IDLE_TIMEOUT). */
        @WithDefault("30m")
        java.time.Duration idleTimeout();

        /** A session ends this long after sign-in, however much it is used (ADVISOR_SESSION_LIFETIME). */
        @WithDefault("12h")
        java.time.Duration lifetime();
    }

    /** Who may do what without signing in, and where sign-in happens. */
    Access access();

    /** The forms' CSRF tokens. */
    Csrf csrf();

    interface Csrf {
        /**
         * The key that signs every CSRF token (ADVISOR_CSRF_KEY), 32+ characters, the same on
         * every replica. Unset (the default), the first replica to start makes a random key and
         * keeps it in the database, where every replica reads it.
         */
        java.util.Optional<String> key();
    }

    interface Access {
        /**
         * Whether the questionnaire and unsaved scoring (pages and {@code POST /api/v1/score}) are
         * open to anyone who can reach the application (ADVISOR_ACCESS_ANONYMOUS_SCORING); when
         * false they need a signed-in user too. Saved assessments always need one.
         */
        @WithDefault("true")
        boolean anonymousScoring();

        /** Single sign-on through an OpenID Connect provider instead of built-in accounts. */
        Oidc oidc();
    }

    interface Oidc {
        /**
         * Whether people sign in at the identity provider (ADVISOR_ACCESS_OIDC_ENABLED) rather
         * than with built-in accounts; the provider itself is set with {@code quarkus.oidc.*}.
         * Built-in passwords and personal API tokens are refused while it is on.
         */
        @WithDefault("false")
        boolean enabled();

        /**
         * The token claim listing the user's workspaces (ADVISOR_ACCESS_OIDC_WORKSPACE_CLAIM), a
         * path with {@code /} between nested names, e.g. {@code groups}.
         */
        @WithDefault("groups")
        String workspaceClaim();

        /**
         * Only values of the workspace claim starting with this prefix name workspaces
         * (ADVISOR_ACCESS_OIDC_WORKSPACE_PREFIX): {@code /workspaces/acme} is workspace
         * {@code acme}, in which the user has their role from the role claim;
         * {@code /workspaces/acme/viewer} sets the role for that workspace alone. Empty: every value.
         */
        @WithDefault("/workspaces/")
        java.util.Optional<String> workspacePrefix();
    }

    /** What clients are told while the database is out of reach. */
    Outage outage();

    interface Outage {
        /**
         * The {@code Retry-After} of the 503 answered while the database cannot be reached
         * (ADVISOR_OUTAGE_RETRY_AFTER).
         */
        @WithDefault("15s")
        java.time.Duration retryAfter();
    }

    /** Rate limits on writes and on scoring, per signed-in user and per client address. */
    RateLimit rateLimit();

    /** How the application's memory is watched. */
    Memory memory();

    interface Memory {
        /**
         * A start whose heap may grow above this logs a warning with the command to use
         * (ADVISOR_MEMORY_HEAP_WARNING_ABOVE; 0: never). The application runs in 96 MiB.
         */
        @WithDefault("512M")
        io.quarkus.runtime.configuration.MemorySize heapWarningAbove();
    }

    /** Slow request bodies (limits/SlowBodies). */
    Body body();

    interface Body {
        /** Time every request body is given on top of its length at min-rate (ADVISOR_BODY_DEADLINE). */
        @WithDefault("10s")
        Duration deadline();

        /**
         * The slowest a body may arrive (ADVISOR_BODY_MIN_RATE, per second); slower, it is cut off
         * with 408 at its deadline.
         */
        @WithDefault("8K")
        MemorySize minRate();

        /** Bodies one client address may be sending at once (ADVISOR_BODY_MAX_PER_ADDRESS); more get 429. */
        @WithDefault("32")
        int maxPerAddress();
    }

    interface RateLimit {
        /** Whether the limits apply at all (ADVISOR_RATE_LIMIT_ENABLED). */
        @WithDefault("true")
        boolean enabled();

        /**
         * Writes (every POST, PUT, PATCH and DELETE but scoring) one signed-in user may make per
         * minute (ADVISOR_RATE_LIMIT_WRITES_PER_USER), refilled evenly over the minute.
         */
        @WithDefault("60")
        int writesPerUser();

        /** Writes one client address may make per minute, all its users together (ADVISOR_RATE_LIMIT_WRITES_PER_ADDRESS). */
        @WithDefault("120")
        int writesPerAddress();

        /**
         * Scorings (the scoring API, the results pages, questionnaire steps) one signed-in user
         * may ask for per minute (ADVISOR_RATE_LIMIT_SCORINGS_PER_USER).
         */
        @WithDefault("120")
        int scoringsPerUser();

        /** Scorings one client address may ask for per minute (ADVISOR_RATE_LIMIT_SCORINGS_PER_ADDRESS). */
        @WithDefault("240")
        int scoringsPerAddress();

        /**
         * How many users and addresses are tracked at once (ADVISOR_RATE_LIMIT_MAX_TRACKED); the
         * least recently seen are dropped first, which bounds the memory the limits take.
         */
        @WithDefault("100000")
        int maxTracked();

        /**
         * Whether the buckets are kept in the database, shared by every replica
         * (ADVISOR_RATE_LIMIT_SHARED; only on PostgreSQL: the embedded H2 database serves one
         * process, whose buckets stay in memory).
         */
        @WithDefault("true")
        boolean shared();

        /**
         * How long the replica counts on its own buckets after the shared ones could not be
         * reached (ADVISOR_RATE_LIMIT_SHARED_RETRY_AFTER), so that a database outage does not
         * cost every limited request a wait for a connection.
         */
        @WithDefault("15s")
        Duration sharedRetryAfter();

        /**
         * Sign-in attempts one account may receive per {@link #signInPeriod()}, from every
         * address together (ADVISOR_RATE_LIMIT_SIGN_INS_PER_ACCOUNT); a successful one is given
         * back. Refilled evenly, so a throttled account can try again after a short wait.
         */
        @WithDefault("10")
        int signInsPerAccount();

        /** Sign-in attempts one client address may make per {@link #signInPeriod()} (ADVISOR_RATE_LIMIT_SIGN_INS_PER_ADDRESS). */
        @WithDefault("30")
        int signInsPerAddress();

        /** The period over which the sign-in allowances refill (ADVISOR_RATE_LIMIT_SIGN_IN_PERIOD). */
        @WithDefault("15m")
        Duration signInPeriod();
    }

    interface Api {
        /** Largest request body (ADVISOR_API_MAX_BODY_SIZE); imports may use up to quarkus.http.limits.max-body-size. */
        @WithDefault("256K")
        io.quarkus.runtime.configuration.MemorySize maxBodySize();

        /** Largest import of an exported assessment (ADVISOR_API_MAX_IMPORT_SIZE); larger gets 413. */
        @WithDefault("16M")
        io.quarkus.runtime.configuration.MemorySize maxImportSize();

        /**
         * How many imports the server works on at once (ADVISOR_API_CONCURRENT_IMPORTS); more get
         * 503 with Retry-After before their body is read. Each may need several times
         * {@link #maxImportSize()} of heap while it runs.
         */
        @WithDefault("2")
        @jakarta.validation.constraints.Min(1)
        int concurrentImports();
    }

    interface Model {
        /**
         * The current model version (ADVISOR_MODEL_RESOURCE): a class-path resource, or
         * {@code file:/path/model.yaml} for a file outside the application.
         */
        @WithDefault("risk-model/openai-procurement-2026.12.0.yaml")
        String resource();

        /**
         * The versions shipped with the application (class-path resources or {@code file:} paths),
         * listed and activatable on the model versions page besides {@link #resource()}.
         */
        @WithDefault("risk-model/openai-procurement-2026.11.0.yaml,risk-model/openai-procurement-2026.12.0.yaml")
        java.util.List<String> builtIn();

        /** The largest model file an administrator may upload (ADVISOR_MODEL_MAX_UPLOAD_SIZE); larger gets 413. */
        @WithDefault("1M")
        io.quarkus.runtime.configuration.MemorySize maxUploadSize();

        /**
         * How often each replica checks which version is active (ADVISOR_MODEL_REFRESH_INTERVAL):
         * an activation on another replica takes effect here within this time.
         */
        @WithDefault("5s")
        java.time.Duration refreshInterval();
    }
}
