package com.procurementrisk.api;

import com.procurementrisk.api.QuestionnaireResponse.ChoiceView;
import com.procurementrisk.api.QuestionnaireResponse.QuestionView;
import com.procurementrisk.api.QuestionnaireResponse.SectionView;
import com.procurementrisk.api.ScoreResponse.AnswerEffectView;
import com.procurementrisk.api.ScoreResponse.BandedScore;
import com.procurementrisk.api.ScoreResponse.DimensionScore;
import com.procurementrisk.api.ScoreResponse.FactorView;
import com.procurementrisk.api.ScoreResponse.PathwayScore;
import com.procurementrisk.api.ScoreResponse.RecommendationView;
import com.procurementrisk.api.ScoreResponse.ScenarioPathway;
import com.procurementrisk.api.ScoreResponse.ScenarioView;
import com.procurementrisk.api.ScoreResponse.SourceView;
import com.procurementrisk.api.ScoreResponse.WorstCaseView;
import com.procurementrisk.advice.ScoredAnswers;
import com.procurementrisk.scoring.Sensitivity.Analysis;
import com.procurementrisk.scoring.Sensitivity;
import com.procurementrisk.scoring.ScoringResult;
import com.procurementrisk.scoring.load.ConditionWriter;
import com.procurementrisk.scoring.model.Condition;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.QuestionType;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;
import com.procurementrisk.scoring.model.Source;

import java.util.List;

/** The one place where core values become API records. */
final class ApiMapper {

    private ApiMapper() {
    }

    static QuestionnaireResponse questionnaire(RiskModel model) {
        List<SectionView> sections = model.questionnaire().sections().stream()
                .map(s -> new SectionView(s.id(), s.title(), s.description(),
                        s.questions().stream().map(ApiMapper::question).toList()))
                .toList();
        return new QuestionnaireResponse(model.info().id(), model.version(), model.info().asOf(), sections);
    }

    private static QuestionView question(Question q) {
        return new QuestionView(q.id(), q.type().id(), q.label(), q.help(), q.required(),
                q.type().hasChoices() ? q.choices().stream().map(c -> new ChoiceView(c.id(), c.label())).toList() : null,
                q.choicesFrom(), q.type() == QuestionType.MULTI ? q.minSelections() : null, q.min(), q.max(), q.unit(),
                q.when() == Condition.ALWAYS ? null : ConditionWriter.write(q.when()));
    }

    static ScenariosResponse scenarios(RiskModel model) {
        return new ScenariosResponse(model.info().id(), model.version(), model.defaultScenario().id(),
                model.scenarios().stream().map(ApiMapper::scenario).toList());
    }

    private static ScenariosResponse.ScenarioInfo scenario(Scenario s) {
        return new ScenariosResponse.ScenarioInfo(s.id(), s.title(), s.description(), s.probability(), s.isDefault(),
                sources(s.sources(), true));
    }

    /** A result just scored under a loaded model: its sources are that model's, written once (SourceJson). */
    static ScoreResponse score(ScoredAnswers scoring, Analysis whatIf) {
        return score(scoring, whatIf, true);
    }

    /** A result read back from storage: its sources are its own copies, written as they are. */
    static ScoreResponse stored(ScoredAnswers scoring) {
        return score(scoring, null, false);
    }

    private static ScoreResponse score(ScoredAnswers scoring, Analysis whatIf, boolean modelSources) {
        ScoringResult r = scoring.result();
        return new ScoreResponse(r.modelId(), r.modelVersion(), r.asOf(), r.scenario(), scoring.ignored(),
                r.pathways().stream().map(p -> pathway(p, modelSources)).toList(),
                r.recommendations().stream().map(f -> new RecommendationView(f.id(), f.pathway(), f.priority(),
                        f.title(), f.detail(), f.factors(), f.counterparty(), f.ask(), f.fallback(), f.why())).toList(),
                r.scenarios().stream().map(s -> new ScenarioView(s.scenario(), s.title(), s.probability(),
                        s.isDefault(), scenarioPathways(s.pathways()))).toList(),
                scenarioPathways(r.expected()),
                r.worstCase().stream().map(w -> new WorstCaseView(w.pathway(), w.contractual(),
                        w.contractualScenario(), w.availability(), w.availabilityScenario(), w.overall(),
                        w.overallScenario())).toList(),
                whatIf == null ? null : new ScoreResponse.SensitivityView(changes(whatIf.answers()),
                        changes(whatIf.scenarios()), changes(whatIf.closest())), List.of());
    }

    private static List<ScoreResponse.ChangeView> changes(List<Sensitivity.Change> changes) {
        return changes.stream().map(c -> new ScoreResponse.ChangeView(c.question(), c.from(), c.to(), c.ranking(),
                c.topChanges(), c.lead())).toList();
    }

    private static PathwayScore pathway(ScoringResult.PathwayResult p, boolean modelSources) {
        ScoreResponse.ViabilityView viability = p.viability() == null ? null
                : new ScoreResponse.ViabilityView(p.viability().status().id(), p.viability().reasons().stream()
                .map(x -> new ScoreResponse.ReasonView(x.code(), x.products(), x.message(), sources(x.sources(), modelSources)))
                .toList());
        return new PathwayScore(p.pathway(), p.title(), p.rank(), viability, p.coverage().stream()
                .map(c -> new ScoreResponse.CoverageView(c.product(), c.status().id(), c.note(), c.insteadVia(),
                        sources(c.sources(), modelSources))).toList(),
                dimension(p.contractual(), modelSources), dimension(p.availability(), modelSources),
                new BandedScore(p.overall().score(), p.overall().band().id()));
    }

    private static DimensionScore dimension(ScoringResult.DimensionResult d, boolean modelSources) {
        return new DimensionScore(d.score(), d.band().id(), d.factors().stream().map(c -> new FactorView(c.id(),
                c.title(), c.contribution(), c.max(), c.base(), c.rationale(),
                c.movedBy().stream().map(m -> new AnswerEffectView(m.answers(), m.points(), m.because())).toList(),
                c.scenarioAdjustment(), sources(c.sources(), modelSources), !Boolean.FALSE.equals(c.applies()))).toList());
    }

    private static List<ScenarioPathway> scenarioPathways(List<ScoringResult.PathwayScores> scores) {
        return scores.stream().map(p -> new ScenarioPathway(p.pathway(), p.contractual(), p.availability(),
                p.overall(), p.rank(), p.viability() == null ? null : p.viability().id())).toList();
    }

    private static List<SourceView> sources(List<Source> sources, boolean modelSources) {
        return sources.stream().map(modelSources ? SourceJson::view : ApiMapper::source).toList();
    }

    private static SourceView source(Source s) {
        return new SourceView(s.id(), s.title(), s.url(), s.date(), s.publisher(), s.kind(), s.published(),
                s.accessed(), s.readVia(), s.confidence());
    }
}
