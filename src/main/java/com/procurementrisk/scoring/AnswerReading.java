package com.procurementrisk.scoring;

import com.procurementrisk.scoring.model.Answers;

import java.util.List;

/**
 * The outcome of reading raw answers.
 *
 * @param answers  the valid answers to questions that apply
 * @param problems every refused field; empty when the answers can be scored
 * @param ignored  answered questions that do not apply to these answers (and were dropped)
 */
public record AnswerReading(Answers answers, List<FieldProblem> problems, List<String> ignored) {

    public AnswerReading {
        problems = List.copyOf(problems);
        ignored = List.copyOf(ignored);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
