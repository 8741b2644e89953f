package com.procurementrisk.assessment;

import com.procurementrisk.scoring.FieldProblem;
import com.procurementrisk.scoring.ResultDiff;

import java.util.List;

/**
 * What a saved assessment would become under another model version, without saving anything.
 *
 * @param assessment   the latest revision, as saved
 * @param modelVersion the version it was scored under for the preview
 * @param scenario     the scenario of the preview (the saved one, or that model's default when it has no such scenario)
 * @param changes      the difference from the saved result (null when the answers were refused)
 * @param refused      answers that model refuses (empty when it scored them)
 */
public record Preview(SavedAssessment assessment, String modelVersion, String scenario, ResultDiff changes,
                      List<FieldProblem> refused) {
}
