package com.procurementrisk.scoring.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A place in the model file, with typed reads that report problems instead of throwing. */
record Node(JsonNode json, String path, Problems problems) {

    Node field(String name) {
        JsonNode child = json.isObject() ? json.get(name) : null;
        return new Node(child == null ? MissingNode.getInstance() : child, join(path, name), problems);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Reports every field of this map that is not one of {@code allowed} (a typo would otherwise be lost). */
    Node allowOnly(String... allowed) {
        if (json.isObject()) {
            java.util.Set<String> known = java.util.Set.of(allowed);
            json.fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    problems.add(join(path, name), "unknown field '" + name + "'");
                }
            });
        }
        return this;
    }

    boolean has(String name) {
        return json.isObject() && json.hasNonNull(name);
    }

    boolean isMissing() {
        return json.isMissingNode() || json.isNull();
    }

    String text(String name) {
        Node child = field(name);
        if (child.isMissing() || !child.json.isValueNode() || child.json.asText().isBlank()) {
            problems.add(child.path, "a non-empty text is required");
            return "";
        }
        return child.json.asText().strip();
    }

    String optionalText(String name) {
        Node child = field(name);
        return child.isMissing() ? null : child.json.asText().strip();
    }

    double number(String name, double fallback) {
        Node child = field(name);
        if (child.isMissing()) {
            return fallback;
        }
        if (!child.json.isNumber()) {
            problems.add(child.path, "a number is required, found '" + child.json.asText() + "'");
            return fallback;
        }
        return child.json.asDouble();
    }

    double requiredNumber(String name) {
        if (!has(name)) {
            problems.add(join(path, name), "a number is required");
            return 0;
        }
        return number(name, 0);
    }

    Long optionalWhole(String name) {
        Node child = field(name);
        if (child.isMissing()) {
            return null;
        }
        if (!child.json.canConvertToLong() || !child.json.isIntegralNumber()) {
            problems.add(child.path, "a whole number is required, found '" + child.json.asText() + "'");
            return null;
        }
        return child.json.asLong();
    }

    boolean flag(String name, boolean fallback) {
        Node child = field(name);
        if (child.isMissing()) {
            return fallback;
        }
        if (!child.json.isBoolean()) {
            problems.add(child.path, "true or false is required, found '" + child.json.asText() + "'");
            return fallback;
        }
        return child.json.asBoolean();
    }

    LocalDate date(String name) {
        String value = text(name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(join(path, name), "a date YYYY-MM-DD is required, found '" + value + "'");
            return null;
        }
    }

    /** The elements of a list field; a problem if it is present and not a list, or required and empty. */
    List<Node> list(String name, boolean required) {
        Node child = field(name);
        List<Node> items = new ArrayList<>();
        if (child.isMissing()) {
            if (required) {
                problems.add(child.path, "a non-empty list is required");
            }
            return items;
        }
        if (!child.json.isArray()) {
            problems.add(child.path, "a list is required");
            return items;
        }
        for (int i = 0; i < child.json.size(); i++) {
            JsonNode item = child.json.get(i);
            String id = item.hasNonNull("id") ? ":" + item.get("id").asText() : "";
            items.add(new Node(item, child.path + "[" + i + id + "]", problems));
        }
        if (required && items.isEmpty()) {
            problems.add(child.path, "a non-empty list is required");
        }
        return items;
    }

    List<String> texts(String name, boolean required) {
        List<String> values = new ArrayList<>();
        for (Node item : list(name, required)) {
            if (item.json.isValueNode() && !item.json.asText().isBlank()) {
                values.add(item.json.asText().strip());
            } else {
                problems.add(item.path, "a non-empty text is required");
            }
        }
        return values;
    }

    /** The entries of a map field, in file order. */
    List<Map.Entry<String, Node>> entries(String name) {
        return field(name).entries();
    }

    /** The fields of this map, in file order (none when missing). */
    List<Map.Entry<String, Node>> entries() {
        Node child = this;
        List<Map.Entry<String, Node>> entries = new ArrayList<>();
        if (child.isMissing()) {
            return entries;
        }
        if (!child.json.isObject()) {
            problems.add(child.path, "a map is required");
            return entries;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = child.json.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            entries.add(Map.entry(e.getKey(), new Node(e.getValue(), child.path + "." + e.getKey(), problems)));
        }
        return entries;
    }
}
