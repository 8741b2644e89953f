package com.procurementrisk.web;

import com.procurementrisk.scoring.model.Condition;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.Questionnaire;

import java.util.stream.Collectors;

/** Says in words when a question applies, for people reading the form without script. */
final class ConditionText {

    private ConditionText() {
    }

    static String describe(Condition condition, Questionnaire questionnaire) {
        if (condition instanceof Condition.IncludesAny inc) {
            Question q = questionnaire.question(inc.question()).orElseThrow();
            String choices = inc.choices().stream().map(c -> q.choice(c).map(ch -> ch.label()).orElse(c))
                    .collect(Collectors.joining(" or "));
            return "Answer only if you chose " + choices + " for \u201c" + q.label() + "\u201d.";
        }
        if (condition instanceof Condition.FlagIs flag) {
            Question q = questionnaire.question(flag.question()).orElseThrow();
            return "Answer only if you answered " + (flag.expected() ? "Yes" : "No") + " to \u201c" + q.label() + "\u201d.";
        }
        return "Answer only if it applies to your earlier answers.";
    }

    /** For the page script: the question and the values that make the condition hold, or null. */
    static String[] live(Condition condition) {
        if (condition instanceof Condition.IncludesAny inc) {
            return new String[] {inc.question(), String.join(" ", inc.choices())};
        }
        if (condition instanceof Condition.FlagIs flag) {
            return new String[] {flag.question(), String.valueOf(flag.expected())};
        }
        return null;
    }
}
