package com.procurementrisk.web;

import com.procurementrisk.scoring.ScoreText;
import com.procurementrisk.scoring.model.Pathway;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;
import io.quarkus.qute.TemplateExtension;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the pages write numbers, times and the names of pathways and scenarios: scores and
 * points with one decimal, probabilities as whole percentages, times in UTC to the minute,
 * titles from the model in force. The view builders call these methods; templates can use
 * them as well, e.g. {@code {score.oneDecimal}}.
 */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private Formats() {
    }

    /** A score or a number of points with one decimal, e.g. {@code 42.0}. */
    static String oneDecimal(double value) {
        return ScoreText.oneDecimal(value);
    }

    /** Points as a reader counts them: whole points without a decimal ({@code 7}), others with one ({@code 2.5}). */
    static String points(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : oneDecimal(value);
    }

    /** A saved time, e.g. {@code 2026-11-24 18:31 UTC}. */
    static String when(OffsetDateTime time) {
        return time == null ? null : WHEN.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** A probability (0 to 1) as a whole percentage, e.g. {@code 35%}. */
    static String percent(double probability) {
        return Math.round(probability * 100) + "%";
    }

    /** The pathway's title in the model, or its id when the model has no such pathway (an older result). */
    static String pathwayTitle(RiskModel model, String id) {
        return model.pathway(id).map(Pathway::title).orElse(id);
    }

    /** The scenario's title in the model, or its id when the model has no such scenario (an older result). */
    static String scenarioTitle(RiskModel model, String id) {
        return model.scenario(id).map(Scenario::title).orElse(id);
    }
}
