package com.procurementrisk.scoring;

import com.procurementrisk.scoring.model.Answer;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.Choice;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;

import com.procurementrisk.scoring.ScoringResult.PathwayScores;
import com.procurementrisk.scoring.ScoringResult.ViabilityResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

/**
 * What would change the recommendation: the single answer changes and the scenarios under
 * which the pathways would rank in a different order. Pure, like the engine.
 */
public final class Sensitivity {

    private Sensitivity() {
    }

    /**
     * One change that reorders the pathways.
     *
     * @param question   the question changed, or null for a scenario change
     * @param from       the current answer (null if unanswered)
     * @param to         the alternative answer, or the scenario id
     * @param ranking    the pathways in the new order, best first
     * @param topChanges whether a different pathway would come first
     * @param lead       how far (overall points) the currently best pathway would lead the currently second
     */
    public record Change(String question, Object from, Object to, List<String> ranking, boolean topChanges,
                         double lead) {
        public Change {
            ranking = List.copyOf(ranking);
        }
    }

    /**
     * What would change the ranking.
     *
     * @param answers   single answer changes that reorder the pathways, those changing the best one first
     * @param scenarios scenarios under which the pathways rank differently
     * @param closest   when no single answer reorders them: the answer changes that most narrow the lead
     *                  of the best pathway over the second, closest first
     */
    public record Analysis(List<Change> answers, List<Change> scenarios, List<Change> closest) {
    }

    /**
     * Tries every single answer change and every scenario once. Each change is scored as a full
     * re-scoring would score it, but shares what it cannot change: only the factors whose conditions
     * read a changed answer are evaluated again, viability only when a viability rule reads one,
     * and a scenario only re-weights the same raw points.
     */
    public static Analysis analyse(RiskModel model, Answers answers, Scenario scenario, int closestLimit) {
        ModelIndex index = ModelIndex.of(model);
        FactorPoints points = new FactorPoints(index, answers);
        PathwayFit fit = new PathwayFit(index, answers);
        List<PathwayScores> now = ScoringEngine.summary(index, points, scenario, fit.under(scenario));
        List<String> current = now.stream().map(PathwayScores::pathway).toList();
        List<Change> every = everyAnswerChange(index, answers, scenario, points, fit, current);
        List<Change> reorder = every.stream().filter(c -> !c.ranking().equals(current))
                .sorted(Comparator.comparing((Change c) -> !c.topChanges()).thenComparingDouble(Change::lead))
                .toList();
        double lead = lead(now, current);
        // A lead in points means something only between pathways of the same viability; a viable
        // pathway ahead of a partial one leads on what it can deliver, not on its score.
        boolean leadsOnScore = now.get(0).fit() == now.get(1).fit();
        List<Change> closest = !reorder.isEmpty() || !leadsOnScore ? List.of() : every.stream()
                .filter(c -> c.lead() < lead).sorted(Comparator.comparingDouble(Change::lead)).limit(closestLimit)
                .toList();
        return new Analysis(reorder, scenarioChanges(index, points, fit, current, scenario), closest);
    }

    private static List<Change> everyAnswerChange(ModelIndex index, Answers answers, Scenario scenario,
                                                  FactorPoints points, PathwayFit fit, List<String> current) {
        RiskModel model = index.model;
        List<Change> changes = new ArrayList<>();
        for (Question q : model.questionnaire().questions()) {
            Object from = answers.get(q.id()).map(Answer::value).orElse(null);
            for (Answer alternative : alternatives(index, q, answers)) {
                if (alternative.value().equals(from)) {
                    continue;
                }
                // Read again as the buyer's own answers would be: a change can make later questions
                // apply or not, and so drop answers, or make the set invalid.
                AnswerReading reading = AnswerReader.read(model.questionnaire(),
                        answers.with(q.id(), alternative).values());
                if (!reading.isValid() || reading.answers().get(q.id()).isEmpty()) {
                    continue;
                }
                Answers changed = reading.answers();
                Set<String> differ = differences(answers, changed);
                FactorPoints moved = points.with(changed, differ);
                boolean viabilityMoves = differ.stream().anyMatch(index::viabilityReads);
                ViabilityResult[] viability = viabilityMoves
                        ? new PathwayFit(index, changed).under(scenario) : fit.under(scenario);
                List<PathwayScores> scores = ScoringEngine.summary(index, moved, scenario, viability);
                List<String> ranking = scores.stream().map(PathwayScores::pathway).toList();
                changes.add(new Change(q.id(), from, alternative.value(), ranking,
                        !ranking.get(0).equals(current.get(0)), lead(scores, current)));
            }
        }
        return changes;
    }

    /** The questions answered differently (or answered on one side only). */
    private static Set<String> differences(Answers before, Answers after) {
        Set<String> differ = new HashSet<>();
        before.asMap().forEach((q, a) -> {
            if (!a.equals(after.asMap().get(q))) {
                differ.add(q);
            }
        });
        after.asMap().keySet().stream().filter(q -> !before.asMap().containsKey(q)).forEach(differ::add);
        return differ;
    }

    /** Overall points by which the first of {@code order} leads the second (negative: it trails). */
    private static double lead(List<PathwayScores> scores, List<String> order) {
        double first = overall(scores, order.get(0));
        double second = overall(scores, order.get(1));
        return Math.round((second - first) * 10) / 10.0;
    }

    private static double overall(List<PathwayScores> scores, String pathway) {
        for (PathwayScores s : scores) {
            if (s.pathway().equals(pathway)) {
                return s.overall();
            }
        }
        throw new IllegalStateException("no pathway " + pathway);
    }

    /** Scenarios under which the pathways rank in a different order than under the current one. */
    private static List<Change> scenarioChanges(ModelIndex index, FactorPoints points, PathwayFit fit,
                                                List<String> current, Scenario scenario) {
        List<Change> changes = new ArrayList<>();
        for (Scenario other : index.model.scenarios()) {
            if (other.id().equals(scenario.id())) {
                continue;
            }
            List<PathwayScores> scores = ScoringEngine.summary(index, points, other, fit.under(other));
            List<String> ranking = scores.stream().map(PathwayScores::pathway).toList();
            if (!ranking.equals(current)) {
                changes.add(new Change(null, scenario.id(), other.id(), ranking,
                        !ranking.get(0).equals(current.get(0)), lead(scores, current)));
            }
        }
        return changes;
    }

    /** The answers worth trying for a question: every choice, yes and no, the numbers where drivers turn. */
    private static List<Answer> alternatives(ModelIndex index, Question q, Answers answers) {
        List<Answer> options = new ArrayList<>();
        switch (q.type()) {
            case SINGLE:
                q.choices().forEach(c -> options.add(new Answer.Single(c.id())));
                break;
            case MULTI:
                List<String> chosen = answers.get(q.id()).map(a -> ((Answer.Multi) a).choices()).orElse(List.of());
                for (Choice c : q.choices()) {
                    List<String> toggled = new ArrayList<>(chosen);
                    if (!toggled.remove(c.id())) {
                        toggled.add(c.id());
                    }
                    options.add(new Answer.Multi(q.choices().stream().map(Choice::id).filter(toggled::contains).toList()));
                }
                break;
            case INTEGER:
                index.turningPoints(q).forEach(n -> options.add(new Answer.Whole(n)));
                break;
            default:
                options.add(new Answer.Flag(true));
                options.add(new Answer.Flag(false));
        }
        return options;
    }
}
