package com.procurementrisk.scoring;

import com.procurementrisk.scoring.model.Answer;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.Choice;
import com.procurementrisk.scoring.model.Condition;
import com.procurementrisk.scoring.model.EvaluationContext;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.Questionnaire;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates raw answers (as parsed from JSON: String, List, Number, Boolean) against a
 * questionnaire, reporting every refused field at once. Questions are read in asking
 * order, so whether a question applies is decided by the answers before it.
 */
public final class AnswerReader {

    private AnswerReader() {
    }

    public static AnswerReading read(Questionnaire questionnaire, Map<String, ?> raw) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Map<String, Answer> accepted = new LinkedHashMap<>();
        Set<String> refused = new HashSet<>();
        Set<String> applicable = new LinkedHashSet<>();
        Set<String> known = new HashSet<>();
        questionnaire.questions().forEach(q -> known.add(q.id()));
        for (String id : raw.keySet()) {
            if (!known.contains(id)) {
                problems.add(FieldProblem.answer(id, "Unknown question '" + id + "'."));
            }
        }
        // The answers accepted so far, as conditions see them; taken again only once more were accepted.
        EvaluationContext sofar = EvaluationContext.of(Answers.none());
        int seen = 0;
        for (Question q : questionnaire.questions()) {
            Object value = raw.get(q.id());
            boolean always = q.when() instanceof Condition.All all && all.parts().isEmpty();
            boolean undecided = !always && !refused.isEmpty() && q.when().questions().stream().anyMatch(refused::contains);
            if (!always && !undecided && seen != accepted.size()) {
                sofar = EvaluationContext.of(Answers.of(accepted));
                seen = accepted.size();
            }
            boolean applies = always || !undecided && q.when().isSatisfiedBy(sofar);
            if (applies) {
                applicable.add(q.id());
            }
            if (value == null) {
                if (applies && q.required()) {
                    problems.add(FieldProblem.answer(q.id(), "An answer is required."));
                }
                continue;
            }
            if (!applies && !undecided) {
                ignored.add(q.id());
                continue;
            }
            Optional<String> problem = parse(q, value, accepted);
            if (problem.isPresent()) {
                refused.add(q.id());
                problems.add(FieldProblem.answer(q.id(), problem.get()));
            }
        }
        return new AnswerReading(Answers.of(accepted), problems, ignored, applicable);
    }

    /** Parses one value into {@code accepted}, or says why it cannot be. */
    private static Optional<String> parse(Question q, Object value, Map<String, Answer> accepted) {
        switch (q.type()) {
            case SINGLE:
                return single(q, value, accepted);
            case MULTI:
                return multi(q, value, accepted);
            case INTEGER:
                return whole(q, value, accepted);
            default:
                if (!(value instanceof Boolean yes)) {
                    return Optional.of("Must be true or false.");
                }
                accepted.put(q.id(), new Answer.Flag(yes));
                return Optional.empty();
        }
    }

    private static Optional<String> single(Question q, Object value, Map<String, Answer> accepted) {
        if (!(value instanceof String choice)) {
            return Optional.of("Must be one choice id (a string): " + choiceIds(q) + ".");
        }
        if (!q.hasChoice(choice)) {
            return Optional.of("Unknown choice '" + choice + "'; expected one of " + choiceIds(q) + ".");
        }
        if (q.choicesFrom() != null) {
            Answer bound = accepted.get(q.choicesFrom());
            if (bound instanceof Answer.Multi multi && !multi.choices().contains(choice)) {
                return Optional.of("'" + choice + "' must also be selected in " + q.choicesFrom() + ".");
            }
        }
        accepted.put(q.id(), new Answer.Single(choice));
        return Optional.empty();
    }

    private static Optional<String> multi(Question q, Object value, Map<String, Answer> accepted) {
        if (!(value instanceof List<?> items)) {
            return Optional.of("Must be a list of choice ids: " + choiceIds(q) + ".");
        }
        Set<String> chosen = new HashSet<>();
        for (Object item : items) {
            if (!(item instanceof String choice)) {
                return Optional.of("Every item must be a choice id (a string): " + choiceIds(q) + ".");
            }
            if (!q.hasChoice(choice)) {
                return Optional.of("Unknown choice '" + choice + "'; expected any of " + choiceIds(q) + ".");
            }
            if (!chosen.add(choice)) {
                return Optional.of("Choice '" + choice + "' is listed twice.");
            }
        }
        if (chosen.size() < q.minSelections()) {
            return Optional.of("Select at least " + q.minSelections() + (q.minSelections() == 1 ? " choice." : " choices."));
        }
        // Keep the questionnaire's order, so equal sets give equal answers.
        accepted.put(q.id(), new Answer.Multi(q.choices().stream().map(Choice::id).filter(chosen::contains).toList()));
        return Optional.empty();
    }

    private static Optional<String> whole(Question q, Object value, Map<String, Answer> accepted) {
        String range = "a whole number from " + q.min() + " to " + q.max();
        if (!(value instanceof Number number)) {
            return Optional.of("Must be " + range + ".");
        }
        BigDecimal exact;
        try {
            exact = new BigDecimal(number.toString());
        } catch (NumberFormatException notFinite) {
            return Optional.of("Must be " + range + ".");
        }
        if (exact.stripTrailingZeros().scale() > 0) {
            return Optional.of("Must be " + range + "; " + number + " is not whole.");
        }
        BigInteger whole = exact.toBigInteger();
        if (whole.compareTo(BigInteger.valueOf(q.min())) < 0 || whole.compareTo(BigInteger.valueOf(q.max())) > 0) {
            return Optional.of("Out of range: must be " + range + ".");
        }
        accepted.put(q.id(), new Answer.Whole(whole.longValueExact()));
        return Optional.empty();
    }

    private static List<String> choiceIds(Question q) {
        return q.choices().stream().map(Choice::id).toList();
    }
}
