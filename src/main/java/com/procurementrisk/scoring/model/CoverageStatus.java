package com.procurementrisk.scoring.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether a pathway sells a product. */
public enum CoverageStatus {
    AVAILABLE("available"),
    PREVIEW("preview"),
    UNAVAILABLE("unavailable");

    private final String id;

    CoverageStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<CoverageStatus> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
