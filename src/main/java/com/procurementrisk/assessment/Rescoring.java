package com.procurementrisk.assessment;

import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.advice.ScoredAnswers;
import com.procurementrisk.advice.ScoringService;
import com.procurementrisk.scoring.ResultDiff;
import com.procurementrisk.scoring.model.RiskModel;
import io.micrometer.core.annotation.Timed;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;

/** Re-scoring saved assessments under the model in force, each as its next revision. */
@ApplicationScoped
@Transactional
public class Rescoring {

    private final ScoringService scoring;
    private final SavedAssessments assessments;
    private final RevisionStore store;

    Rescoring(ScoringService scoring, SavedAssessments assessments, RevisionStore store) {
        this.scoring = scoring;
        this.assessments = assessments;
        this.store = store;
    }

    /**
     * Scores the latest revision's answers (or changed ones) under the current model and saves
     * the outcome as the next revision. The difference is split in two: what the new model
     * changed for the same answers, then what the changed answers changed under the new model.
     *
     * @param answers changed answers, or null to keep the latest revision's
     * @throws ConflictException when the assessment changed since {@code expectedVersion}
     */
    @Timed(value = "advisor.saves.duration", description = "Time to score and save a revision")
    public Rescore rescore(UUID id, long expectedVersion, Map<String, ?> answers, String scenario) {
        SavedAssessment before = assessments.get(RevisionRef.latest(id));
        String chosen = scenario != null ? scenario : scoring.model().scenario(before.scenario()).isPresent()
                ? before.scenario() : null;
        ScoredAnswers sameAnswers = scoring.score(before.answers(), chosen);
        ScoredAnswers changed = answers == null ? sameAnswers : scoring.score(answers, chosen);
        SavedAssessment after = assessments.revise(id, expectedVersion, null, changed.answers().values(), chosen,
                "Re-scored under model " + changed.result().modelVersion() + " (was " + before.modelVersion() + ")",
                "assessment.rescored");
        return new Rescore(after, before.modelVersion(), ResultDiff.between(before.result(), sameAnswers.result()),
                ResultDiff.between(sameAnswers.result(), changed.result()));
    }

    /**
     * What scoring the latest revision's answers under {@code model} (e.g. a draft version) would
     * change, compared with the revision as saved. Nothing is saved. Answers that model refuses
     * (a question or choice it no longer has) are named instead.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(UUID id, RiskModel model) {
        SavedAssessment before = assessments.get(RevisionRef.latest(id));
        String scenario = model.scenario(before.scenario()).isPresent() ? before.scenario() : null;
        try {
            ScoredAnswers after = scoring.score(model, before.answers(), scenario);
            return new Preview(before, model.version(), after.result().scenario(),
                    ResultDiff.between(before.result(), after.result()), java.util.List.of());
        } catch (InvalidInputException e) {
            return new Preview(before, model.version(), scenario, null, e.problems());
        }
    }

    /**
     * Re-scores, each as its next revision, every assessment whose latest revision was scored
     * under another model version than the current one.
     *
     * @return how many were re-scored, and how many could not be (answers the current model refuses)
     */
    public int[] rescoreOutdated() {
        String current = scoring.model().version();
        int done = 0;
        int refused = 0;
        for (AssessmentEntity a : AssessmentEntity.<AssessmentEntity>list("workspaceId in ?1", Sort.ascending("id"),
                assessments.editableIds())) {
            if (store.latest(a).modelVersion().equals(current)) {
                continue;
            }
            try {
                rescore(a.id, a.version, null, null);
                done++;
            } catch (InvalidInputException e) {
                refused++;
            }
        }
        return new int[] {done, refused};
    }
}
