package com.procurementrisk.scoring.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * A rule over answers (and, for recommendations, the scenario and factor points), in the
 * style of a specification: small, composable, side-effect free. A test on a question
 * that has no answer does not hold.
 */
public sealed interface Condition {

    /** The condition that always holds (a question with no {@code when}). */
    Condition ALWAYS = new All(List.of());

    boolean isSatisfiedBy(EvaluationContext context);

    /** The condition as plain data, in the model file's notation. */
    Map<String, Object> spec();

    /** Question ids this condition reads, in order of appearance. */
    List<String> questions();

    /** A choice answer contains (multi) or is (single) any of {@code choices}. */
    record IncludesAny(String question, List<String> choices) implements Condition {
        public IncludesAny {
            choices = List.copyOf(choices);
        }

        @Override
        public boolean isSatisfiedBy(EvaluationContext context) {
            Optional<Answer> answer = context.answers().get(question);
            if (answer.isEmpty()) {
                return false;
            }
            if (answer.get() instanceof Answer.Single single) {
                return choices.contains(single.choice());
            }
            if (answer.get() instanceof Answer.Multi multi) {
                return multi.choices().stream().anyMatch(choices::contains);
            }
            return false;
        }

        @Override
        public Map<String, Object> spec() {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("question", question);
            if (choices.size() == 1) {
                spec.put("includes", choices.get(0));
            } else {
                spec.put("includesAny", choices);
            }
            return spec;
        }

        @Override
        public List<String> questions() {
            return List.of(question);
        }
    }

    /** A yes/no answer equals {@code expected}. */
    record FlagIs(String question, boolean expected) implements Condition {
        @Override
        public boolean isSatisfiedBy(EvaluationContext context) {
            return context.answers().get(question)
                    .filter(a -> a instanceof Answer.Flag flag && flag.yes() == expected)
                    .isPresent();
        }

        @Override
        public Map<String, Object> spec() {
            return ordered("question", question, "equals", expected);
        }

        @Override
        public List<String> questions() {
            return List.of(question);
        }
    }

    /** A whole-number answer lies within the bounds given (null = unbounded). */
    record NumberWithin(String question, Long atLeast, Long atMost) implements Condition {
        @Override
        public boolean isSatisfiedBy(EvaluationContext context) {
            return context.answers().get(question)
                    .filter(a -> a instanceof Answer.Whole whole
                            && (atLeast == null || whole.number() >= atLeast)
                            && (atMost == null || whole.number() <= atMost))
                    .isPresent();
        }

        @Override
        public Map<String, Object> spec() {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("question", question);
            if (atLeast != null) {
                spec.put("atLeast", atLeast);
            }
            if (atMost != null) {
                spec.put("atMost", atMost);
            }
            return spec;
        }

        @Override
        public List<String> questions() {
            return List.of(question);
        }
    }

    /** The question has (or, with {@code expected} false, lacks) a non-empty answer. */
    record Answered(String question, boolean expected) implements Condition {
        @Override
        public boolean isSatisfiedBy(EvaluationContext context) {
            boolean answered = context.answers().get(question).filter(a -> !a.isEmpty()).isPresent();
            return answered == expected;
        }

        @Override
        public Map<String, Object> spec() {
            return ordered("question", question, "answered", expected);
        }

        @Override
        public List<String> questions() {
            return List.of(question);
        }
    }

    /** Every part holds (and so an empty {@code All} always holds). */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean isSatisfiedBy(EvaluationContext context) {
            return parts.stream().allMatch(p -> p.isSatisfiedBy(context));
        }

        @Override
        public Map<String, Object> spec() {
            return Map.of("all", parts.stream().map(Condition::spec).toList());
        }

        @Override
        public List<String> questions() {
            return parts.stream().flatMap(p -> p.questions().stream()).distinct().toList();
        }
    }

    /** At least one part holds. */
    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean isSatisfiedBy(EvaluationContext context) {
            return parts.stream().anyMatch(p -> p.isSatisfiedBy(context));
        }

        @Override
        public Map<String, Object> spec() {
            return Map.of("any", parts.stream().map(Condition::spec).toList());
        }

        @Override
        public List<String> questions() {
            return parts.stream().flatMap(p -> p.questions().stream()).distinct().toList();
        }
    }

    /** The part does not hold. */
    record Not(Condition part) implements Condition {
        @Override
        public boolean isSatisfiedBy(EvaluationContext context) {
            return !part.isSatisfiedBy(context);
        }

        @Override
        public Map<String, Object> spec() {
            return Map.of("not", part.spec());
        }

        @Override
        public List<String> questions() {
            return part.questions();
        }
    }

    /** The scenario being scored is {@code scenario}. */
    record ScenarioIs(String scenario) implements Condition {
        @Override
        public boolean isSatisfiedBy(EvaluationContext context) {
            return context.scenario().filter(scenario::equals).isPresent();
        }

        @Override
        public Map<String, Object> spec() {
            return Map.of("scenario", scenario);
        }

        @Override
        public List<String> questions() {
            return List.of();
        }
    }

    /** A factor has at least {@code points} on a pathway. */
    record FactorAtLeast(String factor, String pathway, double points) implements Condition {
        @Override
        public boolean isSatisfiedBy(EvaluationContext context) {
            var scored = context.factorPoints(factor, pathway);
            return scored.isPresent() && scored.getAsDouble() >= points;
        }

        @Override
        public Map<String, Object> spec() {
            return ordered("factor", factor, "pathway", pathway, "atLeast", points);
        }

        @Override
        public List<String> questions() {
            return List.of();
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> spec = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            spec.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return spec;
    }

}
