package com.procurementrisk.advice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.procurementrisk.models.ModelRegistry;
import com.procurementrisk.scoring.AnswerReader;
import com.procurementrisk.scoring.AnswerReading;
import com.procurementrisk.scoring.FieldProblem;
import com.procurementrisk.scoring.ScoringEngine;
import com.procurementrisk.scoring.Sensitivity;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one entry point to scoring, shared by the JSON API and the browser pages. */
@ApplicationScoped
public class ScoringService {

    /** How many what-if analyses are kept (each a few KB). */
    static final int ANALYSES = 512;

    private final ModelRegistry models;
    private final Timer scorings;
    private final Counter refused;
    /**
     * What-if analyses already made: the analysis is a pure function of (model, answers,
     * scenario), and the same answers are shown again and again (the results page on every view,
     * a saved revision on every visit), so each is worked out once while it is kept.
     */
    private final Cache<AnalysisKey, Sensitivity.Analysis> analyses = Caffeine.newBuilder().maximumSize(ANALYSES)
            .build();

    /** A model (by identity: one loaded model object per version), a scenario and the answers. */
    private static final class AnalysisKey {
        private final RiskModel model;
        private final String scenario;
        private final Answers answers;
        private final int hash;

        AnalysisKey(RiskModel model, String scenario, Answers answers) {
            this.model = model;
            this.scenario = scenario;
            this.answers = answers;
            this.hash = (System.identityHashCode(model) * 31 + scenario.hashCode()) * 31 + answers.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AnalysisKey k && k.model == model && k.scenario.equals(scenario)
                    && k.answers.equals(answers);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    ScoringService(ModelRegistry models, MeterRegistry metrics) {
        this.models = models;
        this.scorings = Timer.builder("advisor.scorings").description("Answers scored (and how long it took)")
                .register(metrics);
        this.refused = Counter.builder("advisor.scorings.refused")
                .description("Scoring requests refused for invalid answers or scenario").register(metrics);
    }

    /** The model in force (it may change between two calls: take it once per request). */
    public RiskModel model() {
        return models.active();
    }

    /** The model a result saved under {@code version} is shown with: that version's when known, else the current one. */
    public RiskModel model(String version) {
        return models.modelOrActive(version);
    }

    /**
     * Validates and scores raw answers.
     *
     * @param rawAnswers question id to answer, as parsed from JSON or converted from a form
     * @param scenarioId a scenario id, or null for the model's default
     * @throws InvalidInputException naming every bad field, when anything is invalid
     */
    public ScoredAnswers score(Map<String, ?> rawAnswers, String scenarioId) {
        return score(model(), rawAnswers, scenarioId);
    }

    /** Validates and scores raw answers under the given model version (e.g. a draft, to preview it). */
    public ScoredAnswers score(RiskModel model, Map<String, ?> rawAnswers, String scenarioId) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Scenario> scenario = scenarioId == null ? Optional.of(model.defaultScenario())
                : model.scenario(scenarioId);
        scenarioProblem(model, scenarioId).ifPresent(problems::add);
        AnswerReading reading = AnswerReader.read(model.questionnaire(), rawAnswers == null ? Map.of() : rawAnswers);
        problems.addAll(reading.problems());
        if (!problems.isEmpty()) {
            refused.increment();
            throw new InvalidInputException(problems);
        }
        return scorings.record(() -> new ScoredAnswers(reading.answers(), reading.ignored(),
                ScoringEngine.score(model, reading.answers(), scenario.get())));
    }

    /** Validates raw answers without scoring them (e.g. one step of the browser questionnaire). */
    public AnswerReading check(Map<String, ?> rawAnswers) {
        return check(model(), rawAnswers);
    }

    /** Validates raw answers under the given model version without scoring them. */
    public AnswerReading check(RiskModel model, Map<String, ?> rawAnswers) {
        return AnswerReader.read(model.questionnaire(), rawAnswers);
    }

    /** What would change the recommendation: single answer changes and scenarios that reorder the pathways. */
    public Sensitivity.Analysis whatIf(ScoredAnswers scoring) {
        return whatIf(model(scoring.result().modelVersion()), scoring);
    }

    /** What would change the recommendation, under the model version that scored {@code scoring}. */
    public Sensitivity.Analysis whatIf(RiskModel model, ScoredAnswers scoring) {
        Scenario scenario = model.scenario(scoring.result().scenario()).orElseThrow();
        return analyses.get(new AnalysisKey(model, scenario.id(), scoring.answers()),
                key -> Sensitivity.analyse(model, scoring.answers(), scenario, 3));
    }

    /** Why a scenario id cannot be used, if it cannot; null means the default. */
    public Optional<FieldProblem> scenarioProblem(String scenarioId) {
        return scenarioProblem(model(), scenarioId);
    }

    private static Optional<FieldProblem> scenarioProblem(RiskModel model, String scenarioId) {
        if (scenarioId == null || model.scenario(scenarioId).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("scenario", "Unknown scenario '" + scenarioId + "'; expected one of "
                + model.scenarios().stream().map(Scenario::id).toList() + "."));
    }
}
