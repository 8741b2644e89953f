package com.procurementrisk.advice;

import com.procurementrisk.scoring.ScoringResult;
import com.procurementrisk.scoring.model.Answers;

import java.util.List;

/**
 * A scored set of answers.
 *
 * @param answers the answers that were scored (valid, and only those that apply)
 * @param ignored answered questions that did not apply and were left out
 */
public record ScoredAnswers(Answers answers, List<String> ignored, ScoringResult result) {
}
