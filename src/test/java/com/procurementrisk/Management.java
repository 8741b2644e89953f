package com.procurementrisk;

import io.quarkus.test.common.http.TestHTTPResourceManager;

import java.net.URI;
import java.util.NoSuchElementException;

/** Addresses on the management interface (health, metrics, OpenAPI, Swagger UI) of the app under test. */
public final class Management {

    /** The packaged jar of the *IT suites listens there (quarkus.test.arg-line in application.properties). */
    private static final int PACKAGED_PORT = 9001;

    private Management() {
    }

    /** The full address of {@code path} (e.g. {@code /q/health/ready}) on the management port. */
    public static String url(String path) {
        String base;
        try {
            base = TestHTTPResourceManager.getManagementUri();
        } catch (NoSuchElementException notKnown) {
            // The packaged jar's management interface listens where the application does (localhost),
            // and the integration-test launcher then leaves test.management.url unset.
            base = null;
        }
        URI uri = base == null ? URI.create("http://localhost:0/") : URI.create(base);
        if (uri.getPort() <= 0) {
            uri = URI.create("http://localhost:" + PACKAGED_PORT + "/");
        }
        return uri.resolve(path).toString();
    }
}
