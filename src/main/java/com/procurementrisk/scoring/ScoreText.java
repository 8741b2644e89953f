package com.procurementrisk.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How a score or a number of points is written everywhere (pages, PDF, CSV): one decimal, with a dot. */
public final class ScoreText {

    private ScoreText() {
    }

    /**
     * E.g. {@code 42.0}, {@code 7.5}; the same in every locale. Exactly what
     * {@code String.format(Locale.ROOT, "%.1f", value)} writes (the shortest decimal that reads
     * back as the value, rounded half up, the sign kept on a negative zero), without parsing a
     * format on each of the hundreds of numbers a page shows.
     */
    public static String oneDecimal(double value) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        String text = new BigDecimal(Double.toString(value)).setScale(1, RoundingMode.HALF_UP).toPlainString();
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        return negative && text.charAt(0) != '-' ? "-" + text : text;
    }
}
