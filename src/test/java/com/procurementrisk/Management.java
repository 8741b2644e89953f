package com.procurementrisk;

import io.quarkus.test.common.http.TestHTTPResourceManager;

/** Addresses on the management interface (health, metrics, OpenAPI, Swagger UI) of the app under test. */
public final class Management {

    private Management() {
    }

    /** The full address of {@code path} (e.g. {@code /q/health/ready}) on the management port. */
    public static String url(String path) {
        return java.net.URI.create(TestHTTPResourceManager.getManagementUri()).resolve(path).toString();
    }
}
