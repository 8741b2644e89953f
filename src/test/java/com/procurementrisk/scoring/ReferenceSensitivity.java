package com.procurementrisk.scoring;

import com.procurementrisk.scoring.model.Answer;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.Choice;
import com.procurementrisk.scoring.model.Condition;
import com.procurementrisk.scoring.model.Driver;
import com.procurementrisk.scoring.model.Factor;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;

import com.procurementrisk.scoring.ScoringResult.PathwayScores;
import com.procurementrisk.scoring.Sensitivity.Analysis;
import com.procurementrisk.scoring.Sensitivity.Change;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The implementation from before issue 13 (performance), kept unchanged as the test oracle: the
 * optimised core must give equal results (ReferenceEquivalenceTest).
 *
 * What would change the recommendation: the single answer changes and the scenarios under
 * which the pathways would rank in a different order. Pure, like the engine.
 */
final class ReferenceSensitivity {

    private ReferenceSensitivity() {
    }

    /** Tries every single answer change and every scenario once. */
    public static Analysis analyse(RiskModel model, Answers answers, Scenario scenario, int closestLimit) {
        List<PathwayScores> now = ReferenceScoringEngine.summary(model, answers, scenario);
        List<String> current = now.stream().map(PathwayScores::pathway).toList();
        List<Change> every = everyAnswerChange(model, answers, scenario);
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
        return new Analysis(reorder, scenarioChanges(model, answers, scenario), closest);
    }

    private static List<Change> everyAnswerChange(RiskModel model, Answers answers, Scenario scenario) {
        List<String> current = ReferenceScoringEngine.ranking(model, answers, scenario);
        List<Change> changes = new ArrayList<>();
        for (Question q : model.questionnaire().questions()) {
            Object from = answers.get(q.id()).map(Answer::value).orElse(null);
            for (Answer alternative : alternatives(model, q, answers)) {
                if (alternative.value().equals(from)) {
                    continue;
                }
                AnswerReading reading = AnswerReader.read(model.questionnaire(),
                        answers.with(q.id(), alternative).values());
                if (!reading.isValid() || reading.answers().get(q.id()).isEmpty()) {
                    continue;
                }
                List<PathwayScores> scores = ReferenceScoringEngine.summary(model, reading.answers(), scenario);
                List<String> ranking = scores.stream().map(PathwayScores::pathway).toList();
                changes.add(new Change(q.id(), from, alternative.value(), ranking,
                        !ranking.get(0).equals(current.get(0)), lead(scores, current)));
            }
        }
        return changes;
    }

    /** Overall points by which the first of {@code order} leads the second (negative: it trails). */
    private static double lead(List<PathwayScores> scores, List<String> order) {
        double first = overall(scores, order.get(0));
        double second = overall(scores, order.get(1));
        return Math.round((second - first) * 10) / 10.0;
    }

    private static double overall(List<PathwayScores> scores, String pathway) {
        return scores.stream().filter(s -> s.pathway().equals(pathway)).findFirst().orElseThrow().overall();
    }

    /** Scenarios under which the pathways rank in a different order than under {@code scenario}. */
    static List<Change> scenarioChanges(RiskModel model, Answers answers, Scenario scenario) {
        List<String> current = ReferenceScoringEngine.ranking(model, answers, scenario);
        List<Change> changes = new ArrayList<>();
        for (Scenario other : model.scenarios()) {
            List<PathwayScores> scores = ReferenceScoringEngine.summary(model, answers, other);
            List<String> ranking = scores.stream().map(PathwayScores::pathway).toList();
            if (!other.id().equals(scenario.id()) && !ranking.equals(current)) {
                changes.add(new Change(null, scenario.id(), other.id(), ranking,
                        !ranking.get(0).equals(current.get(0)), lead(scores, current)));
            }
        }
        return changes;
    }

    /** The answers worth trying for a question: every choice, yes and no, the numbers where drivers turn. */
    private static List<Answer> alternatives(RiskModel model, Question q, Answers answers) {
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
                turningPoints(model, q).forEach(n -> options.add(new Answer.Whole(n)));
                break;
            default:
                options.add(new Answer.Flag(true));
                options.add(new Answer.Flag(false));
        }
        return options;
    }

    /**
     * For an integer question: its bounds and each side of every threshold the model tests it
     * against in drivers, applicability and viability constraints.
     */
    private static TreeSet<Long> turningPoints(RiskModel model, Question q) {
        TreeSet<Long> points = new TreeSet<>(List.of(q.min(), q.max()));
        for (Factor f : model.factors()) {
            collect(f.appliesWhen(), q.id(), points);
            f.pathways().values().forEach(w -> collect(w.appliesWhen(), q.id(), points));
            for (Driver d : f.drivers()) {
                collect(d.when(), q.id(), points);
            }
        }
        collect(model.viability().preview().when(), q.id(), points);
        model.viability().constraints().forEach(c -> collect(c.when(), q.id(), points));
        points.removeIf(n -> n < q.min() || n > q.max());
        return points;
    }

    private static void collect(Condition c, String question, TreeSet<Long> points) {
        if (c instanceof Condition.NumberWithin n && n.question().equals(question)) {
            Optional.ofNullable(n.atLeast()).ifPresent(v -> points.addAll(List.of(v, v - 1)));
            Optional.ofNullable(n.atMost()).ifPresent(v -> points.addAll(List.of(v, v + 1)));
        } else if (c instanceof Condition.All all) {
            all.parts().forEach(p -> collect(p, question, points));
        } else if (c instanceof Condition.Any any) {
            any.parts().forEach(p -> collect(p, question, points));
        } else if (c instanceof Condition.Not not) {
            collect(not.part(), question, points);
        }
    }
}
