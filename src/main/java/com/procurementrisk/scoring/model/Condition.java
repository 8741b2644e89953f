package com.procurementrisk.scoring.model;

import java.util.List;
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
                List<String> chosen = multi.choices();
                for (int i = 0; i < chosen.size(); i++) {
                    if (choices.contains(chosen.get(i))) {
                        return true;
                    }
                }
            }
            return false;
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
            for (int i = 0; i < parts.size(); i++) {
                if (!parts.get(i).isSatisfiedBy(context)) {
                    return false;
                }
            }
            return true;
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
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).isSatisfiedBy(context)) {
                    return true;
                }
            }
            return false;
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
        public List<String> questions() {
            return List.of();
        }
    }
}
