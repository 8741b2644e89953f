package com.procurementrisk;

import com.procurementrisk.api.AssessmentApiTest;
import com.procurementrisk.api.ScoringResourceTest;
import com.tngtech.archunit.core.domain.JavaClass;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20's 10,500 malformed requests, and more of their kinds, sent as whole requests to every
 * route (see {@link RequestCorpus}), by an anonymous caller and by a signed-in administrator,
 * asking for pages and for JSON: not one may be answered with a server error, and every one must
 * be answered (a request without an answer within {@link #ANSWER_WITHIN} counts as a failure).
 */
@QuarkusTest
@ExtendWith(SignedInAsAdmin.class)
class RequestFuzzTest {

    /** At least the 10,000 of the acceptance, the same requests every run. */
    static final int REQUESTS = 10_500;
    static final long SEED = 20;
    /** Longer than any honest answer takes here (a PDF takes well under a second), far shorter than a hang. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(15);

    @TestHTTPResource("/")
    URL base;

    @Test
    void noMalformedRequestIsAnsweredWithAServerErrorAndEveryOneIsAnswered() throws Exception {
        String session = SignedInAsAdmin.session();
        Response form = given().accept("text/html").get("/assess/1");
        String csrfCookie = form.cookie("csrf-token");
        String csrfField = form.asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(given().contentType(ContentType.JSON).body(AssessmentApiTest.request("Fuzzed " + i,
                    ScoringResourceTest.answers())).post("/api/v1/assessments").then().statusCode(201).extract().path("id"));
        }
        String token = given().contentType(ContentType.JSON).body("{}").post("/api/v1/assessments/" + ids.get(0)
                + "/shares").then().statusCode(201).extract().path("token");
        List<JavaClass> classes = ArchitectureTest.CLASSES.stream().toList();
        RequestCorpus corpus = new RequestCorpus(SEED, classes, new RequestCorpus.Known(ids, token, csrfField));
        assertThat(corpus.routes()).as("routes found").hasSizeGreaterThan(60)
                .contains("GET /shared/{token}/report.pdf", "POST /api/v1/assessments/imports", "GET /admin/audit");

        String signedInCookies = SignedInAsAdmin.COOKIE + "=" + session + "; csrf-token=" + csrfCookie;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(ANSWER_WITHIN).build();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            while (done.size() < REQUESTS) {
                RequestCorpus.Request r = corpus.next();
                HttpRequest request = sendable(r, signedInCookies);
                if (request != null) {
                    done.add(pool.submit(() -> send(client, request, r, failures, answered)));
                }
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).as("requests answered with a server error or not at all, of " + answered.get()).isEmpty();
        assertThat(answered.get()).as("requests answered").isEqualTo(REQUESTS);
    }

    /** The request as the client sends it, or null when the client refuses to (then nothing reaches the server). */
    private HttpRequest sendable(RequestCorpus.Request r, String cookies) {
        try {
            URI uri = URI.create(base.toString().replaceAll("/$", "") + r.target());
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(ANSWER_WITHIN)
                    .method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(r.body()));
            r.headers().forEach(b::header);
            if (r.caller() == RequestCorpus.Caller.SIGNED_IN) {
                b.header("Cookie", cookies);
            }
            return b.build();
        } catch (IllegalArgumentException unsendable) {
            return null;
        }
    }

    private static void send(HttpClient client, HttpRequest request, RequestCorpus.Request r, Queue<String> failures,
                             AtomicInteger answered) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            answered.incrementAndGet();
            if (response.statusCode() >= 500) {
                failures.add(response.statusCode() + ": " + r.shown());
            }
        } catch (HttpTimeoutException e) {
            failures.add("no answer within " + ANSWER_WITHIN.toSeconds() + " s: " + r.shown());
        } catch (IOException e) {
            failures.add("connection failed (" + e + "): " + r.shown());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
