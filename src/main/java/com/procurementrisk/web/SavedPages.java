package com.procurementrisk.web;

import com.procurementrisk.advice.ScoringService;
import com.procurementrisk.assessment.SavedAssessments;
import com.procurementrisk.assessment.ShareLinks;
import com.procurementrisk.assessment.SavedAssessment;
import com.procurementrisk.advice.ScoredAnswers;
import com.procurementrisk.scoring.Sensitivity.Analysis;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.web.ResultsView.HistoryRow;
import com.procurementrisk.web.ResultsView.SavedInfo;
import com.procurementrisk.web.ResultsView.ShareRow;
import com.procurementrisk.config.AdvisorConfig;
import jakarta.enterprise.context.ApplicationScoped;


import java.util.List;

/** Builds the results view of a saved revision, for its page and its PDF report alike. */
@ApplicationScoped
class SavedPages {



    private final ScoringService advisor;
    private final SavedAssessments assessments;
    private final ShareLinks shareLinks;
    private final AnswerToken tokens;
    private final AdvisorConfig config;

    SavedPages(ScoringService advisor, SavedAssessments assessments, ShareLinks shareLinks, AnswerToken tokens, AdvisorConfig config) {

        this.shareLinks = shareLinks;
        this.advisor = advisor;
        this.assessments = assessments;
        this.tokens = tokens;
        this.config = config;
    }

    /**
     * The revision as it was saved, with the texts of the model version that scored it (the
     * current one's when that version is unknown here). Share links are absolute on
     * {@code advisor.public-url}, else relative.
     */
    ResultsView view(SavedAssessment a, boolean readOnly, String reportHref) {
        // Never from the request's Host header, which a client chooses: without a public address the
        // link is relative, and the page's script shows it complete (the browser knows where it is).
        String base = config.publicUrl().map(u -> u.replaceAll("/+$", "")).orElse("");
        String token = tokens.encode(a.answers());
        // Shown with the texts of the version that scored it; the what-if analysis needs that version's model.
        RiskModel model = advisor.model(a.modelVersion());
        boolean knownModel = model.version().equals(a.modelVersion());
        boolean sameModel = a.modelVersion().equals(advisor.model().version());
        ScoredAnswers scoring = new ScoredAnswers(knownModel ? advisor.check(model, a.answers()).answers()
                : Answers.none(), List.of(), a.result());
        Analysis whatIf = knownModel ? advisor.whatIf(model, scoring) : new Analysis(List.of(), List.of(), List.of());
        List<HistoryRow> history = readOnly ? List.of() : assessments.history(a.id()).stream()
                .map(s -> new HistoryRow(s.revision(), Formats.when(s.saved()), s.modelVersion(), s.note(),
                        "/assessments/" + a.id() + "/revisions/" + s.revision(), s.revision() == a.revision()))
                .toList();
        // A viewer reads the assessment; only editors see and manage its links and change it.
        boolean editable = !readOnly && assessments.editable(a.id());
        List<ShareRow> shares = !editable ? List.of() : shareLinks.shares(a.id()).stream()
                .map(s -> new ShareRow(s.token(), "/shared/" + s.token(), base + "/shared/" + s.token(),
                        Formats.when(s.created()), s.revoked() == null ? null : Formats.when(s.revoked()),
                        s.expiresOn() == null ? null : s.expiresOn().toString(), s.expired(ShareLinks.today())))
                .toList();
        SavedInfo saved = new SavedInfo(readOnly ? null : a.id().toString(), a.title(), a.revision(), a.latest(),
                Formats.when(a.revisionCreated()), a.note(), readOnly, history, shares, reportHref, !sameModel,
                readOnly ? null : a.version(), readOnly ? null : a.workspace(), editable);
        String editQuery = !editable ? "" : new EditContext(a.id(), a.version(), a.scenario()).query();
        return ResultsViews.build(model, scoring, whatIf, token, saved, null, editQuery);
    }
}
