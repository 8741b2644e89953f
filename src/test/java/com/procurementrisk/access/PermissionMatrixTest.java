package com.procurementrisk.access;

import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint and page, called by someone not signed in, a viewer, an editor and an admin of
 * workspace Acme, and an instance administrator (a viewer of Acme), on an assessment (or an
 * account) of their own workspace and on one of another (Globex). The rules: open things are open
 * to all; saved assessments answer 404 to other workspaces, 403 to a viewer's changes, and 401
 * (API) or the sign-in page (browser) to someone not signed in; a workspace's administration
 * needs an admin of it (another workspace's accounts are answered as unknown, a role there is
 * refused) or an instance administrator; model versions need an instance administrator. The matrix must name every endpoint the application has: a new
 * one fails this test until its rule is written here. The outcome is written to
 * {@code target/permission-matrix.md}.
 */
@QuarkusTest
class PermissionMatrixTest {

    enum Who { ANONYMOUS, VIEWER, EDITOR, ADMIN, INSTANCE_ADMIN }

    enum Where { OWN, OTHER }

    /** Who may, and what the others get. */
    enum Rule {
        /** Anyone, signed in or not. */
        OPEN,
        /** Anyone signed in (their own things only). */
        SIGNED_IN,
        /** The way in to single sign-on: while it is off, everyone is sent to the sign-in page. */
        SINGLE_SIGN_ON_ENTRY,
        /** Members of the assessment's workspace; other workspaces get 404. */
        READ,
        /** Editors and admins of the assessment's workspace; viewers 403; other workspaces 404. */
        WRITE,
        /** Editors and admins (of a workspace to save in); viewers 403. */
        CREATE,
        /** Admins of a workspace and instance administrators (each sees their part); viewers and editors 403. */
        ADMIN,
        /** An account of the workspace: its admins and instance administrators; another workspace's admins 404. */
        ACCOUNT,
        /** A role in the workspace: its admins and instance administrators; another workspace's admins 403. */
        WORKSPACE_ADMIN,
        /** Instance administrators; everyone else signed in 403. */
        INSTANCE_ADMIN,
        /** Instance administrators, on an assessment they can see; other workspaces 404. */
        INSTANCE_ADMIN_READ
    }

    /** What a caller gets: allowed (2xx, or a redirect that is not to the sign-in page), or a refusal. */
    enum Outcome { ALLOWED, SIGN_IN, FORBIDDEN, NOT_FOUND }

    record Endpoint(String method, String path, Rule rule, BiFunction<Caller, Where, Response> call) {
        String key() {
            return method + " " + path;
        }

        boolean perWorkspace() {
            return rule == Rule.READ || rule == Rule.WRITE || rule == Rule.INSTANCE_ADMIN_READ || rule == Rule.ACCOUNT
                    || rule == Rule.WORKSPACE_ADMIN;
        }
    }

    /** A caller's cookies (session and CSRF) and the CSRF token for form posts. */
    record Caller(Who who, CookieFilter cookies, String csrf) {
        /** A request as a browser (pages) or an API client (paths under /api/) sends it. */
        RequestSpecification request() {
            return given().filter(cookies).redirects().follow(false).filter((req, res, ctx) -> {
                if (!req.getURI().contains("/api/")) {
                    req.replaceHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
                }
                return ctx.next(req, res);
            });
        }

        RequestSpecification form() {
            return request().contentType(ContentType.URLENC).formParam("csrf-token", token());
        }

        /** The current CSRF token: it is signed and renewed with every page, so the one of the latest page. */
        String token() {
            String page = given().filter(cookies).accept("text/html").get("/assess/1").then().statusCode(200)
                    .extract().asString();
            return page.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    ApiTokens tokens;

    private final Map<Who, Caller> callers = new EnumMap<>(Who.class);
    private CookieFilter acmeWriter;
    private CookieFilter globexWriter;
    private String ownId;
    private String otherId;
    private String ownShare;
    private int made;

    @Test
    void everyEndpointAnswersEachCallerAsTheRulesSay() throws IOException {
        setUp();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints.stream().map(Endpoint::key).toList()).as("endpoints of the matrix")
                .containsExactlyInAnyOrderElementsOf(applicationEndpoints());

        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("| Endpoint | Rule | anonymous | viewer | editor | admin "
                + "| instance admin |\n|---|---|---|---|---|---|---|\n");
        for (Endpoint e : endpoints) {
            for (Where where : e.perWorkspace() ? Where.values() : new Where[] {Where.OWN}) {
                StringBuilder row = new StringBuilder("| `" + e.key() + "`" + (e.perWorkspace()
                        ? " (" + where.name().toLowerCase() + " workspace)" : "") + " | " + e.rule() + " |");
                for (Who who : Who.values()) {
                    Response response = e.call().apply(callers.get(who), where);
                    Outcome got = outcome(response, e.path());
                    Outcome expected = expected(e.rule(), who, where);
                    row.append(' ').append(response.statusCode()).append(got == expected ? "" : " ✗").append(" |");
                    if (got != expected) {
                        wrong.add(e.key() + " " + where + " as " + who + ": expected " + expected + ", got "
                                + response.statusCode() + " " + got + " " + location(response));
                    }
                }
                table.append(row).append('\n');
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "permission-matrix.md"), table);
        assertThat(wrong).as("callers answered against the rules (see target/permission-matrix.md)").isEmpty();
    }

    static Outcome expected(Rule rule, Who who, Where where) {
        if (rule == Rule.OPEN) {
            return Outcome.ALLOWED;
        }
        if (rule == Rule.SINGLE_SIGN_ON_ENTRY) {
            return Outcome.SIGN_IN;
        }
        if (who == Who.ANONYMOUS) {
            return Outcome.SIGN_IN;
        }
        // The instance administrator is a viewer of Acme: in its assessments, a viewer like any other.
        boolean viewer = who == Who.VIEWER || who == Who.INSTANCE_ADMIN;
        boolean admin = who == Who.ADMIN || who == Who.INSTANCE_ADMIN;
        return switch (rule) {
            case SIGNED_IN -> Outcome.ALLOWED;
            case READ -> where == Where.OTHER ? Outcome.NOT_FOUND : Outcome.ALLOWED;
            case WRITE -> where == Where.OTHER ? Outcome.NOT_FOUND
                    : viewer ? Outcome.FORBIDDEN : Outcome.ALLOWED;
            case CREATE -> viewer ? Outcome.FORBIDDEN : Outcome.ALLOWED;
            case ADMIN -> admin ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case ACCOUNT -> !admin ? Outcome.FORBIDDEN
                    : who == Who.ADMIN && where == Where.OTHER ? Outcome.NOT_FOUND : Outcome.ALLOWED;
            case WORKSPACE_ADMIN -> !admin || who == Who.ADMIN && where == Where.OTHER ? Outcome.FORBIDDEN
                    : Outcome.ALLOWED;
            case INSTANCE_ADMIN -> who == Who.INSTANCE_ADMIN ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case INSTANCE_ADMIN_READ -> who != Who.INSTANCE_ADMIN ? Outcome.FORBIDDEN
                    : where == Where.OTHER ? Outcome.NOT_FOUND : Outcome.ALLOWED;
            case OPEN -> Outcome.ALLOWED;
            case SINGLE_SIGN_ON_ENTRY -> Outcome.SIGN_IN;
        };
    }

    /** API calls are refused with 401; pages send the browser to the sign-in page. */
    static Outcome outcome(Response r, String path) {
        int status = r.statusCode();
        String location = location(r);
        boolean api = path.startsWith("/api/");
        if (status == 401 && (api || path.endsWith(".jsonl"))) {
            return Outcome.SIGN_IN;
        }
        if ((status == 302 || status == 303) && location.contains("/sign-in") && !api) {
            return Outcome.SIGN_IN;
        }
        if (status == 403) {
            return Outcome.FORBIDDEN;
        }
        // An account the caller may not see is answered like one that does not exist.
        if (status == 400 && path.startsWith("/admin/accounts/") && r.asString().contains("No such account.")) {
            return Outcome.NOT_FOUND;
        }
        if (status == 404) {
            return Outcome.NOT_FOUND;
        }
        return status < 400 && !location.contains("/sign-in") ? Outcome.ALLOWED : null;
    }

    private static String location(Response r) {
        String location = r.header("Location");
        return location == null ? "" : location;
    }

    private void setUp() {
        accounts.createIfAbsent("mx-viewer", "mx-viewer-password", "Acme", Role.VIEWER);
        accounts.createIfAbsent("mx-editor", "mx-editor-password", "Acme", Role.EDITOR);
        accounts.createIfAbsent("mx-admin", "mx-admin-password1", "Acme", Role.ADMIN);
        accounts.createIfAbsent("mx-globex", "mx-globex-password", "Globex", Role.EDITOR);
        accounts.createIfAbsent("mx-member", "mx-member-password", "Acme", Role.VIEWER);
        accounts.createIfAbsent("mx-instance_admin", "mx-instance_admin-password", "Acme", Role.VIEWER);
        QuarkusTransaction.requiringNew().run(() -> AccountEntity.named("mx-instance_admin").orElseThrow().instanceAdmin = true);
        callers.put(Who.ANONYMOUS, caller(Who.ANONYMOUS, null));
        callers.put(Who.VIEWER, caller(Who.VIEWER, "mx-viewer"));
        callers.put(Who.EDITOR, caller(Who.EDITOR, "mx-editor"));
        callers.put(Who.ADMIN, caller(Who.ADMIN, "mx-admin"));
        callers.put(Who.INSTANCE_ADMIN, caller(Who.INSTANCE_ADMIN, "mx-instance_admin"));
        acmeWriter = callers.get(Who.EDITOR).cookies();
        globexWriter = signIn("mx-globex");
        ownId = save(acmeWriter, "Matrix own");
        otherId = save(globexWriter, "Matrix other");
        ownShare = share(acmeWriter, ownId);
    }

    private static Caller caller(Who who, String username) {
        CookieFilter cookies = username == null ? new CookieFilter() : signIn(username);
        String page = given().filter(cookies).accept("text/html").get("/assess/1").then().statusCode(200).extract()
                .asString();
        String csrf = page.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        return new Caller(who, cookies, csrf);
    }

    private static CookieFilter signIn(String username) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", username + "-password" + (username.equals("mx-admin") ? "1" : ""))
                .post("/j_security_check").then().statusCode(302);
        return cookies;
    }

    private String save(CookieFilter writer, String title) {
        return given().filter(writer).contentType(ContentType.JSON)
                .body(AssessmentApiTest.request(title + " " + (++made), ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    private static String share(CookieFilter writer, String id) {
        return given().filter(writer).contentType(ContentType.JSON).post("/api/v1/assessments/" + id + "/shares").then().statusCode(201).extract()
                .path("token");
    }

    private long version(String id, Where where) {
        return ((Number) given().filter(where == Where.OWN ? acmeWriter : globexWriter)
                .get("/api/v1/assessments/" + id).then().statusCode(200).extract().path("version")).longValue();
    }

    /** The existing assessment of that workspace (for reading). */
    private String existing(Where where) {
        return where == Where.OWN ? ownId : otherId;
    }

    /** The workspace itself: Acme, or Globex. */
    private static String workspace(Where where) {
        return where == Where.OWN ? "Acme" : "Globex";
    }

    /** An account of that workspace alone (a viewer of Acme, an editor of Globex). */
    private static String member(Where where) {
        return where == Where.OWN ? "mx-member" : "mx-globex";
    }

    /** A new assessment of that workspace (for changes that would spoil the next call). */
    private String fresh(Where where) {
        return save(where == Where.OWN ? acmeWriter : globexWriter, "Matrix " + where);
    }

    /** The first step's answers, as its form sends them. */
    private static RequestSpecification stepOne(RequestSpecification form) {
        List<String> ids = given().get("/api/v1/questionnaire").then().statusCode(200).extract()
                .path("sections[0].questions.id");
        Map<String, Object> answers = ScoringResourceTest.answers();
        for (String id : ids) {
            Object value = answers.get(id);
            if (value instanceof java.util.Collection<?> many) {
                many.forEach(v -> form.formParam(id, String.valueOf(v)));
            } else if (value != null) {
                form.formParam(id, String.valueOf(value));
            }
        }
        return form;
    }

    private static String answersToken() {
        try {
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ScoringResourceTest.answers());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String modelText() {
        try (var in = PermissionMatrixTest.class.getClassLoader()
                .getResourceAsStream("risk-model/openai-procurement-2026.12.0.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Endpoint> endpoints() {
        String a = answersToken();
        String version = "2026.12.0";
        Map<String, Object> body = AssessmentApiTest.request("Matrix new", ScoringResourceTest.answers());
        List<Endpoint> list = new ArrayList<>();
        // Open to everyone.
        list.add(new Endpoint("GET", "/", Rule.OPEN, (c, w) -> c.request().get("/")));
        list.add(new Endpoint("GET", "/assess/go", Rule.OPEN, (c, w) -> c.request().get("/assess/go?step=2")));
        list.add(new Endpoint("GET", "/assess/{step}", Rule.OPEN, (c, w) -> c.request().get("/assess/1")));
        list.add(new Endpoint("POST", "/assess/{step}", Rule.OPEN, (c, w) -> stepOne(c.form().formParam("a", a))
                .post("/assess/1")));
        list.add(new Endpoint("GET", "/results", Rule.OPEN, (c, w) -> c.request().get("/results?a=" + a)));
        list.add(new Endpoint("GET", "/api/v1/questionnaire", Rule.OPEN, (c, w) -> c.request().get("/api/v1/questionnaire")));
        list.add(new Endpoint("GET", "/api/v1/scenarios", Rule.OPEN, (c, w) -> c.request().get("/api/v1/scenarios")));
        list.add(new Endpoint("POST", "/api/v1/score", Rule.OPEN, (c, w) -> c.request().contentType(ContentType.JSON)
                .body(Map.of("answers", ScoringResourceTest.answers())).post("/api/v1/score")));
        list.add(new Endpoint("GET", "/shared/{token}", Rule.OPEN, (c, w) -> c.request().get("/shared/" + ownShare)));
        list.add(new Endpoint("GET", "/shared/{token}/report.pdf", Rule.OPEN,
                (c, w) -> c.request().get("/shared/" + ownShare + "/report.pdf")));
        list.add(new Endpoint("GET", "/api/v1/shared/{token}", Rule.OPEN,
                (c, w) -> c.request().get("/api/v1/shared/" + ownShare)));
        list.add(new Endpoint("GET", "/sign-in", Rule.OPEN, (c, w) -> c.request().get("/sign-in")));
        list.add(new Endpoint("GET", "/sign-out", Rule.OPEN, (c, w) -> c.request().get("/sign-out")));
        list.add(new Endpoint("GET", "/sign-out/sso", Rule.OPEN, (c, w) -> c.request().get("/sign-out/sso")));
        // (Signing out ends the caller's session: it is called on a session of its own.)
        list.add(new Endpoint("POST", "/sign-out", Rule.OPEN, (c, w) -> {
            Caller own = c.who() == Who.ANONYMOUS ? c
                    : caller(c.who(), "mx-" + c.who().name().toLowerCase(java.util.Locale.ROOT));
            return own.form().post("/sign-out");
        }));

        // Signed in: one's own lists (filtered) and tokens.
        list.add(new Endpoint("GET", "/assessments", Rule.SIGNED_IN, (c, w) -> c.request().get("/assessments")));
        list.add(new Endpoint("GET", "/api/v1/assessments", Rule.SIGNED_IN, (c, w) -> c.request().get("/api/v1/assessments")));
        list.add(new Endpoint("GET", "/compare", Rule.READ, (c, w) -> c.request().get("/compare?left=" + existing(w))));
        list.add(new Endpoint("POST", "/assessments/rescore-outdated", Rule.SIGNED_IN,
                (c, w) -> c.form().post("/assessments/rescore-outdated")));
        list.add(new Endpoint("GET", "/account/tokens", Rule.SIGNED_IN, (c, w) -> c.request().get("/account/tokens")));
        list.add(new Endpoint("POST", "/account/tokens", Rule.SIGNED_IN,
                (c, w) -> c.form().formParam("name", "matrix").post("/account/tokens")));
        list.add(new Endpoint("POST", "/account/tokens/{id}/revoke", Rule.SIGNED_IN, (c, w) -> {
            // One's own token (made here first, when signed in).
            String id = UUID.randomUUID().toString();
            if (c.who() != Who.ANONYMOUS) {
                String user = "mx-" + c.who().name().toLowerCase(java.util.Locale.ROOT);
                tokens.create(user, "matrix revoke");
                id = tokens.of(user).stream().filter(t -> t.revoked() == null).findFirst().orElseThrow().id().toString();
            }
            return c.form().post("/account/tokens/" + id + "/revoke");
        }));
        list.add(new Endpoint("GET", "/sign-in/sso", Rule.SINGLE_SIGN_ON_ENTRY, (c, w) -> c.request().get("/sign-in/sso")));

        // Reading a saved assessment.
        list.add(new Endpoint("GET", "/assessments/{id}", Rule.READ, (c, w) -> c.request().get("/assessments/" + existing(w))));
        list.add(new Endpoint("GET", "/assessments/{id}/revisions/{revision}", Rule.READ,
                (c, w) -> c.request().get("/assessments/" + existing(w) + "/revisions/1")));
        list.add(new Endpoint("GET", "/assessments/{id}/report.pdf", Rule.READ,
                (c, w) -> c.request().get("/assessments/" + existing(w) + "/report.pdf")));
        list.add(new Endpoint("GET", "/assessments/{id}/revisions/{revision}/report.pdf", Rule.READ,
                (c, w) -> c.request().get("/assessments/" + existing(w) + "/revisions/1/report.pdf")));
        list.add(new Endpoint("GET", "/api/v1/assessments/{id}", Rule.READ,
                (c, w) -> c.request().get("/api/v1/assessments/" + existing(w))));
        list.add(new Endpoint("GET", "/api/v1/assessments/{id}/revisions", Rule.READ,
                (c, w) -> c.request().get("/api/v1/assessments/" + existing(w) + "/revisions")));
        list.add(new Endpoint("GET", "/api/v1/assessments/{id}/revisions/{revision}", Rule.READ,
                (c, w) -> c.request().get("/api/v1/assessments/" + existing(w) + "/revisions/1")));
        list.add(new Endpoint("GET", "/api/v1/assessments/{id}/export", Rule.READ,
                (c, w) -> c.request().get("/api/v1/assessments/" + existing(w) + "/export")));
        list.add(new Endpoint("GET", "/api/v1/assessments/{id}/contributions.csv", Rule.READ,
                (c, w) -> c.request().get("/api/v1/assessments/" + existing(w) + "/contributions.csv")));
        list.add(new Endpoint("GET", "/api/v1/compare", Rule.READ, (c, w) -> c.request()
                .get("/api/v1/compare?left=" + existing(w) + "&right=" + existing(w))));

        // Changing a saved assessment, or its share links.
        list.add(new Endpoint("GET", "/api/v1/assessments/{id}/shares", Rule.WRITE,
                (c, w) -> c.request().get("/api/v1/assessments/" + existing(w) + "/shares")));
        list.add(new Endpoint("POST", "/api/v1/assessments/{id}/shares", Rule.WRITE,
                (c, w) -> c.request().contentType(ContentType.JSON).post("/api/v1/assessments/" + existing(w) + "/shares")));
        list.add(new Endpoint("DELETE", "/api/v1/assessments/{id}/shares/{token}", Rule.WRITE, (c, w) -> {
            String id = fresh(w);
            String token = share(w == Where.OWN ? acmeWriter : globexWriter, id);
            return c.request().contentType(ContentType.JSON).delete("/api/v1/assessments/" + id + "/shares/" + token);
        }));
        list.add(new Endpoint("PUT", "/api/v1/assessments/{id}", Rule.WRITE, (c, w) -> {
            String id = existing(w);
            Map<String, Object> change = new LinkedHashMap<>(body);
            change.put("version", version(id, w));
            return c.request().contentType(ContentType.JSON).body(change).put("/api/v1/assessments/" + id);
        }));
        list.add(new Endpoint("POST", "/api/v1/assessments/{id}/rescore", Rule.WRITE, (c, w) -> {
            String id = existing(w);
            return c.request().contentType(ContentType.JSON).body(Map.of("version", version(id, w)))
                    .post("/api/v1/assessments/" + id + "/rescore");
        }));
        list.add(new Endpoint("POST", "/assessments/{id}/revisions", Rule.WRITE, (c, w) -> {
            String id = existing(w);
            return c.form().formParam("a", a).formParam("version", version(id, w))
                    .post("/assessments/" + id + "/revisions");
        }));
        list.add(new Endpoint("POST", "/assessments/{id}/rescore", Rule.WRITE, (c, w) -> {
            String id = existing(w);
            return c.form().formParam("version", version(id, w)).post("/assessments/" + id + "/rescore");
        }));
        list.add(new Endpoint("POST", "/assessments/{id}/shares", Rule.WRITE,
                (c, w) -> c.form().post("/assessments/" + existing(w) + "/shares")));
        list.add(new Endpoint("POST", "/assessments/{id}/shares/{token}/revoke", Rule.WRITE, (c, w) -> {
            String id = fresh(w);
            String token = share(w == Where.OWN ? acmeWriter : globexWriter, id);
            return c.form().post("/assessments/" + id + "/shares/" + token + "/revoke");
        }));
        list.add(new Endpoint("GET", "/assessments/{id}/delete", Rule.WRITE,
                (c, w) -> c.request().get("/assessments/" + existing(w) + "/delete")));
        list.add(new Endpoint("POST", "/assessments/{id}/delete", Rule.WRITE,
                (c, w) -> c.form().post("/assessments/" + fresh(w) + "/delete")));

        // Saving new assessments.
        list.add(new Endpoint("POST", "/api/v1/assessments", Rule.CREATE,
                (c, w) -> c.request().contentType(ContentType.JSON).body(body).post("/api/v1/assessments")));
        list.add(new Endpoint("POST", "/assessments", Rule.CREATE,
                (c, w) -> c.form().formParam("a", a).formParam("title", "Matrix form").post("/assessments")));
        list.add(new Endpoint("POST", "/api/v1/assessments/imports", Rule.CREATE, (c, w) -> {
            String export = given().filter(acmeWriter).get("/api/v1/assessments/" + ownId + "/export").then()
                    .statusCode(200).extract().asString();
            return c.request().contentType(ContentType.JSON).body(export).post("/api/v1/assessments/imports");
        }));

        // Administration.
        list.add(new Endpoint("GET", "/admin/accounts", Rule.ADMIN, (c, w) -> c.request().get("/admin/accounts")));
        list.add(new Endpoint("POST", "/admin/accounts", Rule.WORKSPACE_ADMIN, (c, w) -> c.form()
                .formParam("username", "mx-new-" + (++made)).formParam("password", "a-long-password-1")
                .formParam("workspace", workspace(w)).formParam("role", "viewer").post("/admin/accounts")));
        list.add(new Endpoint("POST", "/admin/accounts/{username}/password", Rule.ACCOUNT, (c, w) -> c.form()
                .formParam("password", member(w) + "-password").post("/admin/accounts/" + member(w) + "/password")));
        list.add(new Endpoint("POST", "/admin/accounts/{username}/role", Rule.ACCOUNT, (c, w) -> c.form()
                .formParam("workspace", workspace(w)).formParam("role", w == Where.OWN ? "viewer" : "editor")
                .post("/admin/accounts/" + member(w) + "/role")));
        list.add(new Endpoint("POST", "/admin/accounts/{username}/disabled", Rule.ACCOUNT, (c, w) -> c.form()
                .formParam("disabled", "false").post("/admin/accounts/" + member(w) + "/disabled")));
        list.add(new Endpoint("POST", "/admin/accounts/{username}/instance-admin", Rule.INSTANCE_ADMIN,
                (c, w) -> c.form().formParam("instanceAdmin", "false").post("/admin/accounts/mx-member/instance-admin")));
        list.add(new Endpoint("GET", "/admin/audit", Rule.ADMIN, (c, w) -> c.request().get("/admin/audit")));
        list.add(new Endpoint("GET", "/admin/audit.jsonl", Rule.ADMIN, (c, w) -> c.request().get("/admin/audit.jsonl")));
        list.add(new Endpoint("GET", "/admin/models", Rule.INSTANCE_ADMIN, (c, w) -> c.request().get("/admin/models")));
        list.add(new Endpoint("POST", "/admin/models", Rule.INSTANCE_ADMIN, (c, w) -> c.request()
                .multiPart("text", modelText()).multiPart("csrf-token", c.token()).post("/admin/models")));
        list.add(new Endpoint("GET", "/admin/models/{version}/activate", Rule.INSTANCE_ADMIN,
                (c, w) -> c.request().get("/admin/models/" + version + "/activate")));
        list.add(new Endpoint("POST", "/admin/models/{version}/activate", Rule.INSTANCE_ADMIN,
                (c, w) -> c.form().post("/admin/models/" + version + "/activate")));
        list.add(new Endpoint("GET", "/api/v1/models", Rule.INSTANCE_ADMIN, (c, w) -> c.request().get("/api/v1/models")));
        list.add(new Endpoint("GET", "/api/v1/models/{version}", Rule.INSTANCE_ADMIN,
                (c, w) -> c.request().get("/api/v1/models/" + version)));
        list.add(new Endpoint("GET", "/api/v1/models/{version}/text", Rule.INSTANCE_ADMIN,
                (c, w) -> c.request().get("/api/v1/models/" + version + "/text")));
        list.add(new Endpoint("POST", "/api/v1/models", Rule.INSTANCE_ADMIN, (c, w) -> c.request()
                .contentType("application/yaml").body(modelText().getBytes(StandardCharsets.UTF_8)).post("/api/v1/models")));
        list.add(new Endpoint("POST", "/api/v1/models/{version}/activation", Rule.INSTANCE_ADMIN,
                (c, w) -> c.request().contentType(ContentType.JSON).post("/api/v1/models/" + version + "/activation")));
        list.add(new Endpoint("GET", "/api/v1/models/{version}/preview", Rule.INSTANCE_ADMIN_READ,
                (c, w) -> c.request().get("/api/v1/models/" + version + "/preview?assessment=" + existing(w))));
        return list;
    }

    /** Every endpoint of the application's resource classes, as "METHOD /path". */
    static TreeSet<String> applicationEndpoints() throws IOException {
        TreeSet<String> endpoints = new TreeSet<>();
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes.resolve("com/procurementrisk"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, PermissionMatrixTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String verb = Stream.of(m.getAnnotations())
                            .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                            .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
                    if (verb != null) {
                        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                        String path = ("/" + root.value() + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
                        endpoints.add(verb + " " + (path.length() > 1 && path.endsWith("/")
                                ? path.substring(0, path.length() - 1) : path));
                    }
                }
            }
        }
        return endpoints;
    }
}
