package com.procurementrisk.scoring.load;

import java.util.List;

/** A risk model that cannot be used, with every problem found in it. */
public class InvalidModelException extends RuntimeException {

    private final transient List<String> problems;

    public InvalidModelException(String origin, List<String> problems) {
        super("Risk model " + origin + " is invalid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
