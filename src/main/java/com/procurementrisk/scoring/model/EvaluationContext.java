package com.procurementrisk.scoring.model;

import java.util.Optional;
import java.util.OptionalDouble;

/** What a {@link Condition} may look at. */
public interface EvaluationContext {

    Answers answers();

    /** The scenario being scored, when there is one. */
    default Optional<String> scenario() {
        return Optional.empty();
    }

    /** A factor's points on a pathway, once factors have been scored. */
    default OptionalDouble factorPoints(String factor, String pathway) {
        return OptionalDouble.empty();
    }

    /** A context that sees answers only (question visibility and drivers). */
    static EvaluationContext of(Answers answers) {
        return () -> answers;
    }

    /** A context that sees answers and the scenario being scored (viability constraints). */
    static EvaluationContext of(Answers answers, String scenario) {
        return new EvaluationContext() {
            @Override
            public Answers answers() {
                return answers;
            }

            @Override
            public Optional<String> scenario() {
                return Optional.of(scenario);
            }
        };
    }
}
