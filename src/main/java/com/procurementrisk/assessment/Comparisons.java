package com.procurementrisk.assessment;

import com.procurementrisk.advice.ScoringService;
import com.procurementrisk.scoring.ResultDiff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Two saved assessments or revisions side by side: the inputs that differ and what differs in their results. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Comparisons {

    private final ScoringService scoring;
    private final SavedAssessments assessments;

    Comparisons(ScoringService scoring, SavedAssessments assessments) {
        this.scoring = scoring;
        this.assessments = assessments;
    }

    /** @throws UnknownAssessmentException when either side does not exist */
    public Comparison compare(RevisionRef leftRef, RevisionRef rightRef) {
        SavedAssessment left = assessments.get(leftRef);
        SavedAssessment right = assessments.get(rightRef);
        List<String> questions = scoring.model().questionnaire().questions().stream().map(q -> q.id()).toList();
        return new Comparison(left, right, InputChange.between(left, right, questions),
                ResultDiff.between(left.result(), right.result()));
    }
}
