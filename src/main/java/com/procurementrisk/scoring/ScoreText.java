package com.procurementrisk.scoring;

import java.util.Locale;

/** How a score or a number of points is written everywhere (pages, PDF, CSV): one decimal, with a dot. */
public final class ScoreText {

    private ScoreText() {
    }

    /** E.g. {@code 42.0}, {@code 7.5}; the same in every locale. */
    public static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
