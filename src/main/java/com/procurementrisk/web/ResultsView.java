package com.procurementrisk.web;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the results page (and the PDF report) shows, in parts: what it was scored with,
 * the decision, the ranking, the scenario table, the advice, the factors and sources, the
 * answers, and, for a saved assessment, its revision and save form.
 *
 * @param saved the saved revision shown (null: results not saved)
 * @param save  the save button (null: none, as on a saved revision)
 */
public record ResultsView(Context context, Summary summary, Ranking ranking, ScenarioTable scenarioTable,
                          Advice advice, Evidence evidence, AnswersGiven answers, SavedInfo saved, SaveForm save) {

    /** Whether the page only shows (a shared link): no editing, saving or sharing controls. */
    public boolean readOnly() {
        return saved != null && saved.readOnly();
    }

    /**
     * What the results were scored with and how to get back to them.
     *
     * @param token     the answers, as carried in links
     * @param editQuery the edit context to carry in links ({@code &edit=...}, or empty)
     * @param scenario  the scenario shown
     * @param scenarios every scenario of the model, to switch to
     */
    public record Context(String modelVersion, LocalDate asOf, String token, String editQuery,
                          ScenarioChoice scenario, List<ScenarioChoice> scenarios) {

        /** The edit context of {@link #editQuery()} as form fields (name, value), for GET forms. */
        public List<List<String>> carried() {
            List<List<String>> fields = new java.util.ArrayList<>();
            for (String pair : editQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.add(List.of(pair.substring(0, eq),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
            return fields;
        }
    }

    /** The pathways in rank order and the chart of their scores. */
    public record Ranking(List<PathwayCard> pathways, Chart chart) {
    }

    /**
     * Every pathway's scores under every scenario.
     *
     * @param pathwayTitles the columns, in the model's order of pathways
     * @param rows          one row per scenario
     * @param expected      the probability-weighted scores
     * @param worst         each pathway's worst overall score and the scenario it comes from
     */
    public record ScenarioTable(List<String> pathwayTitles, List<ScenarioRow> rows, ScenarioRow expected,
                                ScenarioRow worst) {
    }

    /** What to do: the recommendations by pathway, and what would change the recommendation. */
    public record Advice(List<RecommendationGroup> recommendations, WhatIf whatIf) {
    }

    /**
     * What would change the recommendation, as sentences.
     *
     * @param answers   single answer changes that would reorder the pathways
     * @param scenarios scenarios under which the order would differ
     * @param closest   when nothing reorders them, the answer changes that would come closest
     */
    public record WhatIf(List<String> answers, List<String> scenarios, List<String> closest) {
    }

    /** The contributing factors explained, and the numbered sources that they and the pathway cards cite. */
    public record Evidence(List<FactorReference> factors, List<SourceRow> sources) {
    }

    /**
     * The answers given.
     *
     * @param steps   the answers of each questionnaire step
     * @param ignored the questions answered but left out because they do not apply to the other answers
     */
    public record AnswersGiven(List<AnswerStep> steps, List<String> ignored) {
    }

    /**
     * The decision at a glance: the recommended pathway, a one-sentence verdict, how robust it
     * is across scenarios, its main drivers, the first actions and any caveat. A driver that is a
     * factor reads "title: points here vs points on {@code comparedWith}" (the runner-up).
     */
    public record Summary(String pathway, String title, String comparedWith, String band, String score, String verdict,
                          String robustness, List<String> drivers, List<Action> actions, List<String> caveats) {

        /** The party every first action is with, when it is one and the same (said once, not three times). */
        public String sharedCounterparty() {
            List<String> parties = actions.stream().map(Action::counterparty).distinct().toList();
            return actions.size() > 1 && parties.size() == 1 ? parties.get(0) : null;
        }
    }

    /** One of the first things to do. */
    public record Action(String title, String counterparty, String ask) {
    }

    /** A saved assessment at one revision, with its history and share links. */
    public record SavedInfo(String id, String title, int revision, int latest, String saved, String note,
                            boolean readOnly, List<HistoryRow> history, List<ShareRow> shares, String reportHref,
                            boolean olderModel, Long version, String workspace, boolean editable) {
    }

    /** One revision in the history. */
    public record HistoryRow(int revision, String saved, String modelVersion, String note, String href,
                             boolean current) {
    }

    /** A read-only link; {@code url} is the absolute address to copy. */
    public record ShareRow(String token, String href, String url, String created, String revoked, String expiresOn,
                           boolean expired) {
    }

    /**
     * The save button of the page.
     *
     * @param version the assessment version a new revision is based on (null: a new assessment)
     */
    public record SaveForm(String action, String label, Long version, String title) {
    }

    /** A scenario in the switcher. */
    public record ScenarioChoice(String id, String title, String description, String probability, boolean selected,
                                 String href) {
    }

    /**
     * One pathway: whether it can deliver what was asked, then its scores and breakdown.
     *
     * @param viability {@code viable}, {@code partial} or {@code not_viable}; null for a result saved
     *                  before viability existed
     */
    public record PathwayCard(String id, String title, int rank, String viability, String viabilityLabel,
                              List<ReasonRow> reasons, List<CoverageRow> coverage, Score contractual,
                              Score availability, Score overall, List<FactorRow> contractualFactors,
                              List<FactorRow> availabilityFactors) {

        public List<String> contractualZero() {
            return zero(contractualFactors, true);
        }

        public List<String> availabilityZero() {
            return zero(availabilityFactors, true);
        }

        public List<String> contractualNotApplying() {
            return zero(contractualFactors, false);
        }

        public List<String> availabilityNotApplying() {
            return zero(availabilityFactors, false);
        }

        private static List<String> zero(List<FactorRow> rows, boolean applies) {
            return rows.stream().filter(r -> r.zero() && r.applies() == applies).map(FactorRow::title).toList();
        }
    }

    /** Why a pathway is restricted or ruled out, citing sources by number. */
    public record ReasonRow(String message, List<SourceRow> sources) {
    }

    /**
     * What a pathway sells of one requested product.
     *
     * @param explained whether a viability reason above already gives the note (a product it does not sell)
     */
    public record CoverageRow(String product, String status, String note, String insteadVia, List<SourceRow> sources,
                              boolean explained) {
    }

    /** A pathway's advice, the recommended pathway's first. */
    public record RecommendationGroup(String pathway, String title, String note, List<RecommendationRow> items) {
    }

    /** A score with its band. */
    public record Score(String value, String band) {
    }

    /** One factor's contribution on one pathway; {@code applies} false: it does not concern this buyer. */
    public record FactorRow(String id, String title, String contribution, String max, List<String> movedBy,
                            String scenarioEffect, boolean zero, boolean applies) {
    }


    /** A fired recommendation: who to ask, what to ask for, what to settle for and why. */
    public record RecommendationRow(int priority, String pathway, String title, String detail, List<String> factors,
                                    String counterparty, String ask, String fallback, String why) {
    }

    /** Overall (contractual / availability) scores of every pathway under one scenario. */
    public record ScenarioRow(String title, String probability, boolean selected, List<String> cells) {
    }

    /** A factor explained once, citing its sources by number. */
    public record FactorReference(String id, String title, String dimension, String rationale, List<SourceRow> sources) {
    }

    /** A dated source, numbered in the page's list of sources (kind and dates absent for older results). */
    public record SourceRow(int number, String id, String title, String url, String date, String publisher,
                            String confidence, String kind, String published, String accessed, String readVia) {
    }

    /** The answers of one questionnaire step. */
    public record AnswerStep(int step, String title, List<AnswerRow> answers) {
    }

    /** A question and the answer given. */
    public record AnswerRow(String question, String answer) {
    }
}
