package com.procurementrisk.scoring.load;

import com.procurementrisk.scoring.model.Condition;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a condition as plain data in the model file's notation, the inverse of
 * {@link ConditionReader}: what a model file says, for clients that show or test it themselves.
 */
public final class ConditionWriter {

    private ConditionWriter() {
    }

    /** The condition as the model file would write it, keys in the file's order. */
    public static Map<String, Object> write(Condition condition) {
        if (condition instanceof Condition.IncludesAny c) {
            return c.choices().size() == 1 ? ordered("question", c.question(), "includes", c.choices().get(0))
                    : ordered("question", c.question(), "includesAny", c.choices());
        }
        if (condition instanceof Condition.FlagIs c) {
            return ordered("question", c.question(), "equals", c.expected());
        }
        if (condition instanceof Condition.NumberWithin c) {
            Map<String, Object> spec = ordered("question", c.question());
            if (c.atLeast() != null) {
                spec.put("atLeast", c.atLeast());
            }
            if (c.atMost() != null) {
                spec.put("atMost", c.atMost());
            }
            return spec;
        }
        if (condition instanceof Condition.Answered c) {
            return ordered("question", c.question(), "answered", c.expected());
        }
        if (condition instanceof Condition.All c) {
            return Map.of("all", c.parts().stream().map(ConditionWriter::write).toList());
        }
        if (condition instanceof Condition.Any c) {
            return Map.of("any", c.parts().stream().map(ConditionWriter::write).toList());
        }
        if (condition instanceof Condition.Not c) {
            return Map.of("not", write(c.part()));
        }
        if (condition instanceof Condition.ScenarioIs c) {
            return Map.of("scenario", c.scenario());
        }
        Condition.FactorAtLeast c = (Condition.FactorAtLeast) condition;
        return ordered("factor", c.factor(), "pathway", c.pathway(), "atLeast", c.points());
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> spec = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            spec.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return spec;
    }
}
