package com.procurementrisk.web;

import com.procurementrisk.scoring.ScoringResult;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.ScoringResult.Scored;

import java.util.ArrayList;
import java.util.List;

/**
 * The results chart as SVG geometry: for each pathway its contractual, availability and overall
 * score as bars on a 0-100 axis, with the band thresholds drawn across. Sized in a 400-unit
 * wide view box and 14-unit text, so that at a 375 px screen the text stays at about 12 px.
 *
 * @param label  the accessible name of the chart
 * @param height the view box height
 * @param bars   every bar, with its group title where a pathway starts
 * @param ticks  the axis: 0, 25, 50, 75 and 100, with the band thresholds marked
 * @param axisY  where the axis line sits
 */
public record Chart(String label, int height, List<Bar> bars, List<Tick> ticks, int axisY) {

    /** Where the axis starts and ends (0 and 100). */
    public int axisStart() {
        return x(0);
    }

    public int axisEnd() {
        return x(100);
    }

    static final int WIDTH = 400;
    static final int BAR_X = 130;
    static final double SCALE = (WIDTH - BAR_X - 20) / 100.0;
    static final int ROW = 22;
    static final int GROUP = 22 + 3 * ROW + 8;

    /** One bar with its geometry worked out in advance. */
    public record Bar(String groupTitle, int titleY, String label, String value, String band, int y, int textY,
                      int width, boolean overall) {
    }

    /** An axis mark; {@code threshold} marks a band boundary (25, 50, 75). */
    public record Tick(String label, int x, boolean threshold) {
    }

    static Chart of(ScoringResult r, String scenarioTitle) {
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (PathwayResult p : r.pathways()) {
            bars.add(bar(p.rank() + ". " + p.title(), y + 15, "Contractual", p.contractual().score(),
                    p.contractual().band().id(), y + 22, false));
            bars.add(bar(null, 0, "Availability", p.availability().score(), p.availability().band().id(),
                    y + 22 + ROW, false));
            Scored overall = p.overall();
            bars.add(bar(null, 0, "Overall", overall.score(), overall.band().id(), y + 22 + 2 * ROW, true));
            y += GROUP;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= 100; v += 25) {
            ticks.add(new Tick(String.valueOf(v), x(v), v > 0 && v < 100));
        }
        return new Chart("Risk scores by pathway under " + scenarioTitle + " (0 to 100; bands: low under 25, "
                + "moderate under 50, high under 75, critical from 75)", y + 24, bars, ticks, y + 2);
    }

    private static Bar bar(String group, int titleY, String label, double score, String band, int y,
                           boolean overall) {
        int width = (int) Math.round(score * SCALE);
        String value = Formats.oneDecimal(score);
        return new Bar(group, titleY, label + " " + value, value + " " + band, band, y, y + 14, Math.max(width, 1),
                overall);
    }

    static int x(double value) {
        return BAR_X + (int) Math.round(value * SCALE);
    }
}
