package com.procurementrisk.assessment;

import com.procurementrisk.scoring.ResultDiff;

/** Two saved assessments or revisions, and what differs between them. */
public record Comparison(SavedAssessment left, SavedAssessment right, ResultDiff diff) {
}
