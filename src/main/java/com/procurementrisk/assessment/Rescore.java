package com.procurementrisk.assessment;

import com.procurementrisk.scoring.ResultDiff;

/**
 * A re-scored assessment and what changed.
 *
 * @param previousModelVersion the model version of the revision before
 * @param modelChanges         what the current model changed for the same answers
 * @param answerChanges        what changed answers changed, under the current model
 */
public record Rescore(SavedAssessment assessment, String previousModelVersion, ResultDiff modelChanges,
                      ResultDiff answerChanges) {
}
