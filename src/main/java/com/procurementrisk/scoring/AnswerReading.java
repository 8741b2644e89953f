package com.procurementrisk.scoring;

import com.procurementrisk.scoring.model.Answers;

import java.util.List;
import java.util.Set;

/**
 * The outcome of reading raw answers.
 *
 * @param answers  the valid answers to questions that apply
 * @param problems every refused field; empty when the answers can be scored
 * @param ignored    answered questions that do not apply to these answers (and were dropped)
 * @param applicable the questions that apply to these answers (whether answered or not); a
 *                   question that depends on a refused answer is undecided and not among them
 */
public record AnswerReading(Answers answers, List<FieldProblem> problems, List<String> ignored,
                            Set<String> applicable) {

    public AnswerReading {
        problems = List.copyOf(problems);
        ignored = List.copyOf(ignored);
        applicable = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(applicable));
    }

    /** Whether a question applies to these answers. */
    public boolean applies(String questionId) {
        return applicable.contains(questionId);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
