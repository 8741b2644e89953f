package com.procurementrisk.assessment;

import com.procurementrisk.scoring.ResultDiff;

import java.util.List;

/**
 * Two saved assessments or revisions, the inputs that differ between them (model version, scenario,
 * answers) and what differs in their results.
 */
public record Comparison(SavedAssessment left, SavedAssessment right, List<InputChange> inputs, ResultDiff diff) {
}
