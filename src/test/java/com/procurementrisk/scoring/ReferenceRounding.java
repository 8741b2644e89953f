package com.procurementrisk.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** ReferenceRounding to one decimal that keeps parts adding up to their rounded total. */
final class ReferenceRounding {

    private ReferenceRounding() {
    }

    /** Half up to one decimal, on the decimal value (49.95 is 50.0, whatever its binary form). */
    static double tenth(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** A weighted sum of scores already rounded to tenths, computed in decimal and rounded half up. */
    static double weighted(double weightA, double a, double weightB, double b) {
        return BigDecimal.valueOf(weightA).multiply(BigDecimal.valueOf(a))
                .add(BigDecimal.valueOf(weightB).multiply(BigDecimal.valueOf(b)))
                .setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * Rounds non-negative parts to tenths with the largest-remainder method: the rounded
     * parts add up exactly to the rounded sum. Ties go to the earlier part.
     */
    static List<Double> parts(List<Double> values) {
        double sum = values.stream().mapToDouble(Double::doubleValue).sum();
        long totalTenths = Math.round(tenth(sum) * 10);
        long[] floors = new long[values.size()];
        List<Integer> order = new ArrayList<>();
        long floored = 0;
        for (int i = 0; i < values.size(); i++) {
            floors[i] = (long) Math.floor(values.get(i) * 10 + 1e-9);
            floored += floors[i];
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -(values.get(i) * 10 - floors[i])));
        for (int k = 0; k < totalTenths - floored && k < order.size(); k++) {
            floors[order.get(k)]++;
        }
        List<Double> rounded = new ArrayList<>();
        for (long f : floors) {
            rounded.add(f / 10.0);
        }
        return rounded;
    }
}
