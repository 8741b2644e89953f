package com.procurementrisk.models;

import com.procurementrisk.scoring.load.ModelLoader;

/** Model files for the tests: changed copies of the shipped 2026.12.0. */
public final class TestModels {

    public static final String SHIPPED = "2026.12.0";
    public static final String OLD_LABEL = "Which clouds or platforms do you run production workloads on?";
    public static final String NEW_LABEL = "Where do your production workloads run today?";
    public static final String OLD_FACTOR = "Exclusivity dispute exposure";
    public static final String NEW_FACTOR = "Exposure to the cloud exclusivity dispute";

    private TestModels() {
    }

    /**
     * Does something (a save, say) while another model version is active, and activates the
     * shipped version again afterwards. Needs an administrator's session (SignedInAsAdmin).
     */
    public static <T> T whileActive(String version, java.util.function.Supplier<T> action) {
        io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .post("/api/v1/models/" + version + "/activation").then().statusCode(200);
        try {
            return action.get();
        } finally {
            io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                    .post("/api/v1/models/" + SHIPPED + "/activation").then().statusCode(200);
        }
    }

    /** The shipped model as a new version whose question label and factor title differ and whose AWS base risk is higher. */
    public static String changed(String version) {
        String text = ModelLoader.readText("risk-model/openai-procurement-2026.12.0.yaml")
                .replace("  version: 2026.12.0\n", "  version: " + version + "\n")
                .replace("label: " + OLD_LABEL, "label: " + NEW_LABEL)
                .replace("title: " + OLD_FACTOR + "\n", "title: " + NEW_FACTOR + "\n");
        int factor = text.indexOf("title: " + NEW_FACTOR);
        int base = text.indexOf("aws_frontier: { base: 2, max: 5 }", factor);
        return text.substring(0, base) + "aws_frontier: { base: 4, max: 5 }"
                + text.substring(base + "aws_frontier: { base: 2, max: 5 }".length());
    }

    /** A new version with two mistakes: a factor of an unknown dimension and no as-of date. */
    public static String invalid(String version) {
        return changed(version).replaceFirst("dimension: contractual\n", "dimension: legal\n")
                .replace("  asOf: 2026-11-24\n", "");
    }
}
