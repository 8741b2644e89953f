package com.procurementrisk.limits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that starts a body and stops sending cannot hold the server: the body is cut off with
 * 408 at its deadline (made 3 s here; the test's client simply stops, nothing waits on a clock), and
 * one address may be sending only a few bodies at once (2 here): the next is refused with 429 at once.
 */
@QuarkusTest
@TestProfile(SlowBodiesTest.SmallDeadline.class)
class SlowBodiesTest {

    public static class SmallDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("advisor.body.deadline", "3s", "advisor.body.min-rate", "1G",
                    "advisor.body.max-per-address", "2",
                    // as in deploy/kubernetes/configmap.yaml: the address is the one the proxy adds
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
        }
    }

    @TestHTTPResource("/")
    URL server;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aBodyThatStopsArrivingIsCutOffWith408() throws IOException {
        try (Socket slow = startBody("10.7.0.1")) {
            String answer = read(slow);
            assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json");
            JsonNode problem = json.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(problem.get("status").asInt()).isEqualTo(408);
            assertThat(problem.get("detail").asText()).contains("did not arrive within");
            // and the connection is closed: the rest of the body is not wanted
            assertThat(slow.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void oneAddressMaySendOnlyAFewBodiesAtOnceOthersCarryOn() throws IOException {
        try (Socket first = startBody("10.8.0.1"); Socket second = startBody("10.8.0.1");
             Socket third = startBody("10.8.0.1")) {
            // Another address sends its body as usual meanwhile.
            try (Socket other = send("10.8.0.2", "{\"answers\": {}}")) {
                assertThat(read(other)).startsWith("HTTP/1.1 ").doesNotStartWith("HTTP/1.1 429")
                        .doesNotStartWith("HTTP/1.1 408").doesNotStartWith("HTTP/1.1 5");
            }
            // Whichever of the three arrived last is refused at once; the two others are cut off later.
            List<String> answers = List.of(read(first), read(second), read(third));
            assertThat(answers).filteredOn(a -> a.startsWith("HTTP/1.1 429")).singleElement().asString()
                    .contains("Retry-After: ").contains("application/problem+json").contains("at once");
            assertThat(answers).filteredOn(a -> a.startsWith("HTTP/1.1 408")).hasSize(2);
        }
        // Once they are cut off, the address may send again.
        try (Socket again = send("10.8.0.1", "{\"answers\": {}}")) {
            assertThat(read(again)).doesNotStartWith("HTTP/1.1 429").doesNotStartWith("HTTP/1.1 408");
        }
    }

    /** A score request from {@code address} (through the trusted local proxy) declaring 200 bytes and sending 10. */
    private Socket startBody(String address) throws IOException {
        Socket socket = connect();
        socket.getOutputStream().write((head(address, 200) + "{\"answers\"").getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return socket;
    }

    private Socket send(String address, String body) throws IOException {
        Socket socket = connect();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        socket.getOutputStream().write((head(address, bytes.length) + body).getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return socket;
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(server.getHost(), server.getPort());
        socket.setSoTimeout(30_000); // a bound on a failing test, not a measurement
        return socket;
    }

    private String head(String address, int length) {
        return "POST /api/v1/score HTTP/1.1\r\nHost: " + server.getHost() + "\r\nX-Forwarded-For: " + address
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nConnection: close\r\n"
                + "Content-Length: " + length + "\r\n\r\n";
    }

    /** The whole answer, up to the server's closing the connection. */
    private static String read(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
