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
        boolean compared = d.drivers().stream().anyMatch(x -> x.limit() == null);
        return new ResultsView.Summary(top.pathway(), top.title(), compared ? d.runnerUp().title() : null,
                top.overall().band().id(),
                Formats.oneDecimal(top.overall().score()), verdict(result, d), robustness(model, d),
                d.drivers().stream().map(x -> driver(model, x, d.runnerUp())).toList(),
                d.actions().stream().map(a -> new ResultsView.Action(a.title(), counterparty(a.counterparty()),
                        a.ask())).toList(),
                d.caveats());
    }

    private static String verdict(ScoringResult result, Decision d) {
        PathwayResult top = d.recommended();
        PathwayResult second = d.runnerUp();
        String risk = top.overall().band().id() + " overall risk (" + Formats.oneDecimal(top.overall().score())
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
                    + " and the caveat below.";
            default -> "No route can deliver what you asked for within your constraints; the caveats below say what to"
                    + " relax.";
        };
    }

    private static String lead(Decision d, PathwayResult second) {
        if (second == null || second.fit() != d.recommended().fit() || d.lead() <= 0) {
            return "";
        }
        return ", " + Formats.oneDecimal(d.lead()) + " points less than " + second.title();
    }

    private static String robustness(RiskModel model, Decision d) {
        String first = "First under " + d.firstIn().size() + " of " + d.scenarioCount() + " scenarios";
        if (d.robust()) {
            return first + ": it holds in every state of the world the model considers.";
        }
        List<String> others = model.scenarios().stream().map(Scenario::id).filter(id -> !d.firstIn().contains(id))
                .map(id -> Formats.scenarioTitle(model, id)).toList();
        return first + "; another route leads under " + others.stream().collect(Collectors.joining("; ")) + ".";
    }

    /**
     * One short line per driver: the summary must fit a phone's first screen, so a limit of the
     * runner-up is named by its products and the gist of the reason (the full wording is in the
     * viability section).
     */
    private static String driver(RiskModel model, Decision.Driver driver, PathwayResult runnerUp) {
        if (driver.limit() != null) {
            String products = products(model, driver.products());
            return switch (driver.factor()) {
                case ScoringResult.Reason.PRODUCT_IN_PREVIEW -> runnerUp.title() + " sells " + products + " only in preview";
                case ScoringResult.Reason.PRODUCT_UNAVAILABLE -> runnerUp.title() + " does not sell " + products;
                default -> runnerUp.title() + ": " + gist(driver.limit().substring(runnerUp.title().length() + 2));
            };
        }
        return driver.title() + ": " + Formats.points(driver.recommendedPoints()) + " vs " + Formats.points(driver.runnerUpPoints());
    }

    /** Product names without their parenthesised explanations, joined as in a sentence. */
    private static String products(RiskModel model, List<String> ids) {
        List<String> names = ids.stream().map(id -> model.questionnaire().question(model.coverage().question())
                .flatMap(q -> q.choice(id)).map(c -> c.label()).orElse(id).replaceAll(" \\(.*$", "")).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The first clause of a reason: up to the first parenthesis, semicolon, colon or ", so". */
    static String gist(String reason) {
        int end = reason.length();
        for (String stop : List.of(" (", ";", ": ", ", so ", ". ")) {
            int at = reason.indexOf(stop);
            if (at >= 20 && at < end) {
                end = at;
            }
        }
        String gist = reason.substring(0, end).strip();
        return gist.endsWith(".") ? gist.substring(0, gist.length() - 1) : gist;
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
