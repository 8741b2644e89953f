package com.procurementrisk.api;

import com.procurementrisk.scoring.ScoreText;
import com.procurementrisk.scoring.ScoringResult;
import com.procurementrisk.scoring.ScoringResult.Contribution;
import com.procurementrisk.scoring.ScoringResult.DimensionResult;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;

import java.util.stream.Collectors;

/** Factor contributions as RFC 4180 CSV, safe to open in a spreadsheet. */
final class ContributionsCsv {

    static final String HEADER = "model_version,scenario,pathway,rank,dimension,dimension_score,factor_id,factor_title,"
            + "contribution,max,scenario_adjustment,moved_by,sources,viability,applies\r\n";

    private ContributionsCsv() {
    }

    static String of(ScoringResult result) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (PathwayResult p : result.pathways()) {
            rows(csv, result, p, "contractual", p.contractual());
            rows(csv, result, p, "availability", p.availability());
        }
        return csv.toString();
    }

    private static void rows(StringBuilder csv, ScoringResult result, PathwayResult p, String dimension,
                             DimensionResult d) {
        for (Contribution c : d.factors()) {
            String movedBy = c.movedBy().stream().map(m -> number(m.points()) + " " + m.because())
                    .collect(Collectors.joining("; "));
            String sources = c.sources().stream().map(s -> s.url() + " (" + s.date() + ")")
                    .collect(Collectors.joining(" "));
            csv.append(String.join(",", cell(result.modelVersion()), cell(result.scenario()), cell(p.pathway()),
                    String.valueOf(p.rank()), dimension, number(d.score()), cell(c.id()), cell(c.title()),
                    number(c.contribution()), number(c.max()), number(c.scenarioAdjustment()), cell(movedBy),
                    cell(sources), p.viability() == null ? "" : p.viability().status().id(),
                    c.applies() == null ? "" : String.valueOf(c.applies()))).append("\r\n");
        }
    }

    /** Quotes when needed, and defuses text a spreadsheet would run as a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String number(double value) {
        return ScoreText.oneDecimal(value);
    }
}
