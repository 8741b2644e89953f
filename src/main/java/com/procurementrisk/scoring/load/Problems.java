package com.procurementrisk.scoring.load;

import java.util.ArrayList;
import java.util.List;

/** Collects problems found while reading a model, so all of them can be reported at once. */
final class Problems {

    private final List<String> found = new ArrayList<>();

    void add(String where, String message) {
        found.add(where + ": " + message);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<String> list() {
        return List.copyOf(found);
    }
}
