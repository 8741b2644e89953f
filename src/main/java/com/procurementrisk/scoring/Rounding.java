package com.procurementrisk.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding to one decimal that keeps parts adding up to their rounded total. Each method gives
 * exactly what the decimal (BigDecimal) computation gives; the common cases are done in plain
 * arithmetic, where it is provably the same, since scoring rounds a few hundred times.
 */
final class Rounding {

    /** Beyond this, doubles are too coarse for the plain-arithmetic path below. */
    private static final double PLAIN_LIMIT = 1e6;
    /** How close to a rounding boundary the plain path defers to BigDecimal (far above the error of x*10). */
    private static final double NEAR_BOUNDARY = 1e-6;
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    /** The length of a compensated sum's state: the running sum, its compensation, the plain sum. */
    static final int SUM_STATE = 3;

    private Rounding() {
    }

    /** Half up to one decimal, on the decimal value (49.95 is 50.0, whatever its binary form). */
    static double tenth(double value) {
        double magnitude = Math.abs(value);
        if (!(magnitude < PLAIN_LIMIT)) {
            return decimalTenth(value);
        }
        double scaled = magnitude * 10;
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) < NEAR_BOUNDARY) {
            // On or near a half the decimal value decides: leave it to BigDecimal. (Near a whole
            // number of tenths, as most scores are, either side rounds to it: no doubt there.)
            return decimalTenth(value);
        }
        long tenths = (long) floor + (fraction > 0.5 ? 1 : 0);
        return fromTenths(value < 0 ? -tenths : tenths);
    }

    private static double decimalTenth(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** A weighted sum of scores already rounded to tenths, computed in decimal and rounded half up. */
    static double weighted(double weightA, double a, double weightB, double b) {
        return new Weighting(weightA, weightB).apply(a, b);
    }

    /**
     * {@link #weighted} for two fixed weights, with what depends on the weights alone (their
     * decimals, scaled to integers) worked out once: the overall score weights every pathway of
     * every scenario with the model's same two weights.
     */
    static final class Weighting {
        private final double weightA;
        private final double weightB;
        /** Whether both weights scale exactly to integers (at most six decimals). */
        private final boolean plain;
        private final long scaledA;
        private final long scaledB;
        /** 10^scale: the weighted sum in integers is in 10^-(scale + 1). */
        private final long unit;

        Weighting(double weightA, double weightB) {
            this.weightA = weightA;
            this.weightB = weightB;
            int decimalsA = decimals(weightA);
            int decimalsB = decimals(weightB);
            this.plain = decimalsA >= 0 && decimalsB >= 0;
            this.unit = plain ? POWERS[Math.max(decimalsA, decimalsB)] : 0;
            this.scaledA = plain ? Math.round(weightA * unit) : 0;
            this.scaledB = plain ? Math.round(weightB * unit) : 0;
        }

        double apply(double a, double b) {
            long tenthsA = tenths(a);
            long tenthsB = tenths(b);
            if (!plain || tenthsA == Long.MIN_VALUE || tenthsB == Long.MIN_VALUE) {
                return BigDecimal.valueOf(weightA).multiply(BigDecimal.valueOf(a))
                        .add(BigDecimal.valueOf(weightB).multiply(BigDecimal.valueOf(b)))
                        .setScale(1, RoundingMode.HALF_UP).doubleValue();
            }
            // Exact in integers: weights times 10^scale, scores in tenths.
            long sum = scaledA * tenthsA + scaledB * tenthsB;
            long rounded = (Math.abs(sum) + unit / 2) / unit;
            return fromTenths(sum < 0 ? -rounded : rounded);
        }
    }

    /** How many decimals a weight has (0..6), or -1 when more, or too large to scale exactly. */
    private static int decimals(double weight) {
        if (!(Math.abs(weight) <= 1_000)) {
            return -1;
        }
        for (int scale = 0; scale < POWERS.length; scale++) {
            double scaled = Math.round(weight * POWERS[scale]);
            if (scaled / POWERS[scale] == weight) {
                return scale;
            }
        }
        return -1;
    }

    /** A score's tenths when it is a number of tenths (as scores are), else Long.MIN_VALUE. */
    private static long tenths(double score) {
        if (!(Math.abs(score) <= PLAIN_LIMIT)) {
            return Long.MIN_VALUE;
        }
        long tenths = Math.round(score * 10);
        return tenths / 10.0 == score ? tenths : Long.MIN_VALUE;
    }

    private static double fromTenths(long tenths) {
        // 0.0, never -0.0, as BigDecimal gives.
        return tenths == 0 ? 0.0 : tenths / 10.0;
    }

    /**
     * The sum of the first {@code count} values, exactly as {@code DoubleStream.sum()} computes it
     * (compensated summation), which the scores have always used.
     */
    static double sum(double[] values, int count) {
        double[] sum = new double[SUM_STATE];
        for (int i = 0; i < count; i++) {
            add(sum, values[i]);
        }
        return total(sum);
    }

    /**
     * Adds a value to a compensated sum's state (all zero for an empty sum): a sum can be carried on
     * from the state after its first values, with the same result as summing all the values at once.
     */
    static void add(double[] sum, double value) {
        double corrected = value - sum[1];
        double next = sum[0] + corrected;
        sum[1] = (next - sum[0]) - corrected;
        sum[0] = next;
        sum[2] += value;
    }

    /** The total of a compensated sum's state. */
    static double total(double[] sum) {
        return total(sum, 0);
    }

    /** The total of the compensated sum's state that starts at {@code at} in {@code states}. */
    static double total(double[] states, int at) {
        double total = states[at] - states[at + 1];
        return Double.isNaN(total) && Double.isInfinite(states[at + 2]) ? states[at + 2] : total;
    }

    /**
     * Rounds the first {@code count} non-negative parts to tenths with the largest-remainder
     * method: the rounded parts add up exactly to the rounded sum. Ties go to the earlier part.
     */
    static double[] parts(double[] values, int count) {
        long totalTenths = Math.round(tenth(sum(values, count)) * 10);
        long[] floors = new long[count];
        double[] remainders = new double[count];
        int[] order = new int[count];
        long floored = 0;
        for (int i = 0; i < count; i++) {
            floors[i] = (long) Math.floor(values[i] * 10 + 1e-9);
            floored += floors[i];
            // Largest remainder first (negated: ascending); a stable insertion sort keeps ties in their order.
            remainders[i] = -(values[i] * 10 - floors[i]);
            int at = i;
            while (at > 0 && Double.compare(remainders[order[at - 1]], remainders[i]) > 0) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = i;
        }
        for (int k = 0; k < totalTenths - floored && k < count; k++) {
            floors[order[k]]++;
        }
        double[] rounded = new double[count];
        for (int i = 0; i < count; i++) {
            rounded[i] = floors[i] / 10.0;
        }
        return rounded;
    }
}
