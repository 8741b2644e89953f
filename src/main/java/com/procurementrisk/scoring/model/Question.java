package com.procurementrisk.scoring.model;

import java.util.List;
import java.util.Optional;

/**
 * One question of the questionnaire.
 *
 * @param required      whether an answer is needed when the question applies
 * @param choicesFrom   for a single question: the multi question whose selected choices bound this answer
 * @param minSelections for a multi question: the fewest choices an answer may have
 * @param when          the condition under which the question applies ({@link Condition#ALWAYS} if always)
 */
public record Question(String id, QuestionType type, String label, String help, boolean required,
                       List<Choice> choices, String choicesFrom, int minSelections,
                       Long min, Long max, String unit, Condition when) {

    public Question {
        choices = List.copyOf(choices);
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }

    public boolean hasChoice(String choiceId) {
        return choice(choiceId).isPresent();
    }

    /** The section part of the id: {@code estate} for {@code estate.clouds}. */
    public String sectionId() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
