package com.procurementrisk.scoring;

import com.procurementrisk.scoring.model.Answer;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.Choice;
import com.procurementrisk.scoring.model.EvaluationContext;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.Questionnaire;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates valid answer sets for any questionnaire: each question that applies is
 * answered (optional ones sometimes left out), respecting choice bounds and ranges.
 */
final class AnswerSets {

    private AnswerSets() {
    }

    static Arbitrary<Answers> validFor(Questionnaire questionnaire) {
        return Arbitraries.randomValue(random -> generate(questionnaire, random));
    }

    static Answers generate(Questionnaire questionnaire, Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            if (!q.when().isSatisfiedBy(EvaluationContext.of(Answers.of(answers)))) {
                continue;
            }
            if (!q.required() && random.nextInt(4) == 0) {
                continue;
            }
            answers.put(q.id(), answer(q, answers, random));
        }
        return Answers.of(answers);
    }

    private static Answer answer(Question q, Map<String, Answer> earlier, Random random) {
        switch (q.type()) {
            case SINGLE: {
                List<String> allowed = allowedChoices(q, earlier);
                return new Answer.Single(allowed.get(random.nextInt(allowed.size())));
            }
            case MULTI: {
                List<String> chosen = new ArrayList<>();
                for (Choice c : q.choices()) {
                    if (random.nextBoolean()) {
                        chosen.add(c.id());
                    }
                }
                while (chosen.size() < q.minSelections()) {
                    String extra = q.choices().get(random.nextInt(q.choices().size())).id();
                    if (!chosen.contains(extra)) {
                        chosen.add(extra);
                    }
                }
                List<String> ordered = q.choices().stream().map(Choice::id).filter(chosen::contains).toList();
                return new Answer.Multi(ordered);
            }
            case INTEGER:
                return new Answer.Whole(q.min() + (long) (random.nextDouble() * (q.max() - q.min() + 1)));
            default:
                return new Answer.Flag(random.nextBoolean());
        }
    }

    private static List<String> allowedChoices(Question q, Map<String, Answer> earlier) {
        List<String> all = q.choices().stream().map(Choice::id).toList();
        if (q.choicesFrom() != null && earlier.get(q.choicesFrom()) instanceof Answer.Multi bound) {
            return all.stream().filter(bound.choices()::contains).toList();
        }
        return all;
    }
}
