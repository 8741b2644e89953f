package com.procurementrisk.web;

import com.procurementrisk.scoring.Decision;
import com.procurementrisk.scoring.ScoringResult;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;
import com.procurementrisk.scoring.model.Viability;

import java.util.List;
import java.util.stream.Collectors;

/** Words for the decision summary at the top of the results, saved and shared pages and the PDF. */
final class DecisionSummaries {

    private DecisionSummaries() {
    }

    static ResultsView.Summary of(RiskModel model, ScoringResult result) {
        Decision d = Decision.of(result);
        PathwayResult top = d.recommended();
        return new ResultsView.Summary(top.pathway(), top.title(), top.overall().band().id(),
                ResultsViews.number(top.overall().score()), verdict(result, d), robustness(model, d),
                d.drivers().stream().map(x -> driver(x, d.runnerUp())).toList(),
                d.actions().stream().map(a -> new ResultsView.Action(a.title(), counterparty(a.counterparty()),
                        a.ask())).toList(),
                d.caveats());
    }

    private static String verdict(ScoringResult result, Decision d) {
        PathwayResult top = d.recommended();
        PathwayResult second = d.runnerUp();
        String risk = top.overall().band().id() + " overall risk (" + ResultsViews.number(top.overall().score())
                + " of 100)";
        if (top.viability() == null) {
            return top.title() + " carries the least risk for your answers: " + risk + lead(d, second) + ".";
        }
        long viable = result.pathways().stream().filter(p -> p.fit() == Viability.VIABLE).count();
        return switch (top.fit()) {
            case VIABLE -> viable == 1
                    ? "Buy through " + top.title() + ": it is the only route that can deliver everything you asked for, with "
                    + risk + "."
                    : "Buy through " + top.title() + ": it can deliver everything you asked for, with " + risk
                    + lead(d, second) + ".";
            case PARTIAL -> "No route delivers everything you asked for; " + top.title() + " comes closest, with " + risk
                    + ". Read the caveat below before you commit.";
            default -> "No route can deliver what you asked for within your constraints; the caveats below say what to"
                    + " relax.";
        };
    }

    private static String lead(Decision d, PathwayResult second) {
        if (second == null || second.fit() != d.recommended().fit() || d.lead() <= 0) {
            return "";
        }
        return ", " + ResultsViews.number(d.lead()) + " points less than " + second.title();
    }

    private static String robustness(RiskModel model, Decision d) {
        String first = "First under " + d.firstIn().size() + " of " + d.scenarioCount() + " scenarios";
        if (d.robust()) {
            return first + ": the recommendation holds in every state of the world the model considers.";
        }
        List<String> others = model.scenarios().stream().map(Scenario::id).filter(id -> !d.firstIn().contains(id))
                .map(id -> model.scenario(id).map(Scenario::title).orElse(id)).toList();
        return first + "; another route comes first under " + others.stream().collect(Collectors.joining("; "))
                + ".";
    }

    private static String driver(Decision.Driver driver, PathwayResult runnerUp) {
        if (driver.limit() != null) {
            return driver.limit();
        }
        return driver.title() + " (" + driver.dimension() + "): " + points(driver.recommendedPoints()) + " here, "
                + points(driver.runnerUpPoints()) + " on " + runnerUp.title();
    }

    private static String points(double value) {
        String n = value == Math.rint(value) ? String.valueOf((long) value) : ResultsViews.number(value);
        return n + (value == 1 ? " point" : " points");
    }

    static String counterparty(String id) {
        if (id == null) {
            return null;
        }
        return switch (id) {
            case "microsoft" -> "Microsoft";
            case "aws" -> "AWS";
            case "openai" -> "OpenAI";
            default -> "your own teams";
        };
    }
}
