package com.procurementrisk.scoring.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A buyer's validated answers, keyed by question id. Immutable. */
public final class Answers {

    private static final Answers NONE = new Answers(Map.of());

    private final Map<String, Answer> byQuestion;

    private Answers(Map<String, Answer> byQuestion) {
        this.byQuestion = Collections.unmodifiableMap(new LinkedHashMap<>(byQuestion));
    }

    public static Answers of(Map<String, Answer> byQuestion) {
        return new Answers(byQuestion);
    }

    public static Answers none() {
        return NONE;
    }

    public Optional<Answer> get(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId));
    }

    public Map<String, Answer> asMap() {
        return byQuestion;
    }

    /** A copy with one answer replaced (or removed when {@code answer} is null). */
    public Answers with(String questionId, Answer answer) {
        Map<String, Answer> copy = new LinkedHashMap<>(byQuestion);
        if (answer == null) {
            copy.remove(questionId);
        } else {
            copy.put(questionId, answer);
        }
        return new Answers(copy);
    }

    /** The answers as plain data, e.g. for JSON. */
    public Map<String, Object> values() {
        Map<String, Object> plain = new LinkedHashMap<>();
        byQuestion.forEach((id, answer) -> plain.put(id, answer.value()));
        return plain;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answers other && byQuestion.equals(other.byQuestion);
    }

    @Override
    public int hashCode() {
        return byQuestion.hashCode();
    }

    @Override
    public String toString() {
        return byQuestion.toString();
    }
}
