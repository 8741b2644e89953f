package com.procurementrisk.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Rounding to one decimal that keeps parts adding up to their rounded total. */
final class Rounding {

    private Rounding() {
    }

    static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /**
     * Rounds non-negative parts to tenths with the largest-remainder method: the rounded
     * parts add up exactly to the rounded sum. Ties go to the earlier part.
     */
    static List<Double> parts(List<Double> values) {
        double sum = values.stream().mapToDouble(Double::doubleValue).sum();
        long totalTenths = Math.round(sum * 10);
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
