package com.procurementrisk.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.procurementrisk.SignedInAsAdmin;
import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same-site CSRF of issue 20 (point 4), played in Chromium: a page served from another port of
 * 127.0.0.1 (same site, another origin) plants a CSRF token it fetched anonymously as a cookie scoped
 * to the delete form's path, and posts that form with the token for a signed-in victim. The
 * assessment must survive.
 */
@QuarkusTest
@ExtendWith(SignedInAsAdmin.class)
class SessionBoundCsrfBrowserTest extends BrowserTestBase {

    @Test
    void aPageOnAnotherPortOfTheSameHostCannotDeleteWithAPlantedToken() throws IOException {
        String id = given().contentType(ContentType.JSON)
                .body(AssessmentApiTest.request("Victim's assessment",
                        ScoringResourceTest.answers()))
                .post("/api/v1/assessments").then().statusCode(201).extract().<String>path("id");
        Response anonymous = given().cookie(SignedInAsAdmin.COOKIE, "").accept("text/html").get("/assess/1");
        String token = anonymous.cookie("csrf-token");
        String app = "http://127.0.0.1:" + root.getPort();
        String form = "/assessments/" + id + "/delete";
        String attack = "<!doctype html><title>Cat pictures</title><script>document.cookie = 'csrf-token=" + token
                + "; path=" + form + "';</script><form id=\"f\" method=\"post\" action=\"" + app + form + "\">"
                + "<input type=\"hidden\" name=\"csrf-token\" value=\"" + token + "\"></form>"
                + "<script>document.getElementById('f').submit();</script>";
        HttpServer elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        elsewhere.createContext("/", exchange -> {
            byte[] body = attack.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        elsewhere.start();
        try (BrowserContext victim = browser.newAnonymousContext(true, 1280)) {
            victim.addCookies(List.of(new Cookie(SignedInAsAdmin.COOKIE, SignedInAsAdmin.session())
                    .setDomain("127.0.0.1").setPath("/")));
            Page page = victim.newPage();
            // The victim has the application open, signed in: the browser holds its own token too.
            page.navigate(app + "/assessments/" + id);
            assertThat(page.content()).contains("Victim");
            page.navigate("http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/cats.html");
            page.waitForURL(app + form);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("same-site-csrf-refused")));
            assertThat(page.content()).doesNotContain("deleted");
            assertThat(victim.cookies(app + form)).anyMatch(c -> c.name.equals("csrf-token") && c.value.equals(token));
        } finally {
            elsewhere.stop(0);
        }
        given().get("/api/v1/assessments/" + id).then().statusCode(200);
    }
}
