package com.procurementrisk.scoring;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers are written as they always were: the fast path writes what the format string wrote. */
class ScoreTextTest {

    @Property(tries = 20_000)
    void writesWhatTheFormatWrote(@ForAll("numbers") double value) {
        assertThat(ScoreText.oneDecimal(value)).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
    }

    @Provide
    Arbitrary<Double> numbers() {
        return Arbitraries.oneOf(
                // scores and points as the model makes them: tenths, halves, sums and products of them
                Arbitraries.integers().between(-2000, 2000).map(i -> i / 20.0),
                Arbitraries.integers().between(-100_000, 100_000).map(i -> i / 1000.0),
                Arbitraries.doubles().between(-200, 200),
                Arbitraries.doubles().between(-1e12, 1e12),
                Arbitraries.of(0.0, -0.0, 0.05, -0.05, 0.15, 0.25, 0.35, 0.45, 1.05, 2.675, 99.95, -99.95, 1e-9,
                        -1e-9, 1e21, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.NaN,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }
}
