package com.procurementrisk.limits;

import com.procurementrisk.access.Accounts;
import com.procurementrisk.access.Role;
import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import com.procurementrisk.audit.AuditEntry;
import com.procurementrisk.audit.AuditFilter;
import com.procurementrisk.audit.AuditLog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * One client cannot flood the application: writes and scorings are limited per signed-in user and
 * per client address (the forwarded one, behind a trusted proxy), answered 429 with Retry-After,
 * while other users and addresses carry on. Small limits here; the other tests run with large ones.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("advisor.rate-limit.writes-per-user", "3", "advisor.rate-limit.writes-per-address", "5",
                    "advisor.rate-limit.scorings-per-user", "6", "advisor.rate-limit.scorings-per-address", "4",
                    // (sign-in attempts: SignInThrottleTest)
                    "advisor.rate-limit.sign-ins-per-account", "3", "advisor.rate-limit.sign-ins-per-address", "6",
                    // as in deploy/kubernetes/configmap.yaml: the address is the one the proxy forwards
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Test
    void oneUserGets429AfterTheirWritesOthersCarryOn() {
        CookieFilter ann = signIn("rl-ann");
        CookieFilter bob = signIn("rl-bob");
        for (int i = 0; i < 3; i++) {
            save(ann, "10.1.0.1").then().statusCode(201);
        }
        // The same user from another address: the user's own limit still holds.
        Response refused = save(ann, "10.1.0.2");
        refused.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429))
                .body("type", equalTo("/problems/rate-limited")).body("detail", containsString("this account"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        // Another user behind the same address is not affected.
        save(bob, "10.1.0.1").then().statusCode(201);
    }

    @Test
    void oneAddressGets429AfterItsWritesWhoeverSendsThem() {
        CookieFilter cat = signIn("rl-cat");
        CookieFilter dan = signIn("rl-dan");
        for (int i = 0; i < 3; i++) {
            save(cat, "10.2.0.1").then().statusCode(201);
        }
        save(dan, "10.2.0.1").then().statusCode(201);
        save(dan, "10.2.0.1").then().statusCode(201);
        // dan has spent 2 of his 3, but the address has spent its 5.
        Response refused = save(dan, "10.2.0.1");
        refused.then().statusCode(429).body("detail", containsString("your network address"));
        assertThat(refused.header("Retry-After")).isNotBlank();
        // Another address is not affected.
        save(dan, "10.2.0.2").then().statusCode(201);
    }

    @Test
    void scoringIsLimitedPerAddressInTheApiAndThePages() {
        for (int i = 0; i < 4; i++) {
            score("10.3.0.1").then().statusCode(200);
        }
        Response refused = score("10.3.0.1");
        refused.then().statusCode(429).contentType("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();
        // A browser asking for the results page from that address gets a page saying when to try again.
        given().header("X-Forwarded-For", "10.3.0.1").accept("text/html").get("/results?a=x").then()
                .statusCode(429).header("Retry-After", not(equalTo(null)))
                .body(containsString("Too Many Requests"), containsString("Try again in"));
        // Another address scores as before; reading the questionnaire is never limited.
        score("10.3.0.2").then().statusCode(200);
        given().header("X-Forwarded-For", "10.3.0.1").get("/api/v1/questionnaire").then().statusCode(200);
    }

    @Test
    void oneUserGets429AfterTheirScoringsFromWhateverAddress() {
        CookieFilter eve = signIn("rl-eve");
        CookieFilter fay = signIn("rl-fay");
        for (int i = 0; i < 4; i++) {
            score(eve, "10.4.0.1").then().statusCode(200);
        }
        score(eve, "10.4.0.2").then().statusCode(200);
        score(eve, "10.4.0.2").then().statusCode(200);
        // Six scorings spent by eve: a new address does not help her; the page says so too.
        Response refused = score(eve, "10.4.0.3");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("detail", containsString("this account"));
        assertThat(refused.header("Retry-After")).isNotBlank();
        given().filter(eve).header("X-Forwarded-For", "10.4.0.4").accept("text/html").get("/results?a=x").then()
                .statusCode(429).body(containsString("Try again in"));
        // Another user from an address eve used carries on.
        score(fay, "10.4.0.3").then().statusCode(200);
    }

    @Test
    void pdfReportsCountAsScoringsAlsoBehindAShareLink() {
        CookieFilter gil = signIn("rl-gil");
        String id = save(gil, "10.8.0.1").then().statusCode(201).extract().path("id");
        String token = given().filter(gil).header("X-Forwarded-For", "10.8.0.1").contentType(ContentType.JSON)
                .body("{}").post("/api/v1/assessments/" + id + "/shares").then().statusCode(201).extract().path("token");
        // An address that has spent its scorings (on cheap ones: a damaged results link is refused at once)
        // gets no PDF report either, behind a share link or signed in.
        spendScorings("10.8.0.2");
        Response refused = given().header("X-Forwarded-For", "10.8.0.2").get("/shared/" + token + "/report.pdf");
        refused.then().statusCode(429).contentType("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();
        spendScorings("10.8.0.3");
        given().filter(gil).header("X-Forwarded-For", "10.8.0.3").get("/assessments/" + id + "/report.pdf").then()
                .statusCode(429);
        // From an address with scorings left, the same report is rendered.
        given().header("X-Forwarded-For", "10.8.0.4").get("/shared/" + token + "/report.pdf").then().statusCode(200)
                .contentType("application/pdf");
    }

    /** Spends the address's four scorings of a minute on results links refused at once (damaged). */
    private static void spendScorings(String address) {
        for (int i = 0; i < 4; i++) {
            given().header("X-Forwarded-For", address).get("/results?a=x").then().statusCode(400);
        }
    }

    @Test
    void forgedFirstAddressesThroughAnAppendingProxyDoNotEscapeThe429() {
        // The client sends its own X-Forwarded-For; the trusted proxy appends the address it saw.
        for (int i = 0; i < 4; i++) {
            score("1.2.3." + i + ", 10.5.0.1").then().statusCode(200);
        }
        score("1.2.3.99, 10.5.0.1").then().statusCode(429);
        score("10.5.0.1").then().statusCode(429);
        // Another client behind the same proxy is not affected.
        score("1.2.3.4, 10.5.0.2").then().statusCode(200);
    }

    @Test
    void theAuditLogRecordsTheAddressTheProxyAddedNotTheForgedOne() {
        CookieFilter gil = signIn("rl-ida");
        String id = save(gil, "6.6.6.6, 10.6.0.1").then().statusCode(201).extract().path("id");
        assertThat(audit.search(new AuditFilter("assessment.saved", null, id, null, null), 5))
                .extracting(AuditEntry::address).containsExactly("10.6.0.1");
    }

    private CookieFilter signIn(String name) {
        accounts.createIfAbsent(name, name + "-password-1", "RateLimited", Role.EDITOR);
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false).formParam("j_username", name)
                .formParam("j_password", name + "-password-1").post("/j_security_check").then().statusCode(302)
                .header("Location", not(containsString("failed")));
        return cookies;
    }

    private static Response save(CookieFilter user, String address) {
        return given().filter(user).header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(AssessmentApiTest.request("Limited", ScoringResourceTest.answers())).post("/api/v1/assessments");
    }

    private static Response score(CookieFilter user, String address) {
        return given().filter(user).header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("answers", ScoringResourceTest.answers())).post("/api/v1/score");
    }

    private static Response score(String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("answers", ScoringResourceTest.answers())).post("/api/v1/score");
    }
}
