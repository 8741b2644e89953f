package com.procurementrisk.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.procurementrisk.models.ModelVersions;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stores a result without the texts its model version already holds: every string of the result
 * that is also a text of the model file (a rationale, a title, a source's address...) is replaced
 * by its number in that file, and put back when read, exactly. Model files never change once
 * shipped or uploaded (a version with another text is refused), so the numbers stay valid. An
 * import must name a version known here ({@link ImportChecks}); results stored before that rule
 * with a version unknown here keep their texts.
 *
 * <p>Format 1, which must not change: the dictionary is every text scalar of the model file
 * (YAML) in document order, each once; a replaced string is {@code \u0001} and its number in base
 * 36; a string that itself starts with {@code \u0001} is kept as {@code \u0001!} and the string.
 */
@ApplicationScoped
class ModelStrings {

    static final String DICTIONARY = "dictionary";
    static final String RESULT = "result";
    private static final char MARK = '\u0001';
    private static final int SHORTEST = 4;

    private record Dictionary(List<String> texts, Map<String, Integer> numbers) {
    }

    private final ModelVersions versions;
    private final Map<String, Dictionary> dictionaries = new ConcurrentHashMap<>();
    private final YAMLMapper yaml = new YAMLMapper();

    ModelStrings(ModelVersions versions) {
        this.versions = versions;
    }

    /** {@code {"dictionary": version, "result": packed}}, or the result as it is when the version is unknown. */
    JsonNode pack(String version, JsonNode result) {
        return dictionary(version).<JsonNode>map(d -> {
            ObjectNode packed = JsonNodeFactory.instance.objectNode();
            packed.put(DICTIONARY, version);
            packed.set(RESULT, replace(result, s -> {
                Integer n = s.length() >= SHORTEST ? d.numbers().get(s) : null;
                return n != null ? MARK + Integer.toString(n, 36) : s.charAt(0) == MARK ? MARK + "!" + s : s;
            }));
            return packed;
        }).orElse(result);
    }

    /** Whether the texts of this model version are here (shipped with the application or uploaded). */
    boolean knows(String version) {
        return version != null && dictionary(version).isPresent();
    }

    /** The result as it was scored, from what {@link #pack} made. */
    JsonNode unpack(JsonNode stored) {
        if (!stored.has(DICTIONARY)) {
            return stored;
        }
        String version = stored.get(DICTIONARY).asText();
        Dictionary d = dictionary(version).orElseThrow(() -> new IllegalStateException(
                "a stored result refers to the texts of model version " + version + ", which is not available"));
        return replace(stored.get(RESULT), s -> s.charAt(0) != MARK ? s
                : s.charAt(1) == '!' ? s.substring(2) : d.texts().get(Integer.parseInt(s.substring(1), 36)));
    }

    private Optional<Dictionary> dictionary(String version) {
        Dictionary known = dictionaries.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = versions.findText(version);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String text = found.get();
        List<String> texts = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        try {
            collect(yaml.readTree(text), texts, numbers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dictionary d = new Dictionary(List.copyOf(texts), Map.copyOf(numbers));
        dictionaries.put(version, d);
        return Optional.of(d);
    }

    private static void collect(JsonNode node, List<String> texts, Map<String, Integer> numbers) {
        if (node.isTextual()) {
            if (numbers.putIfAbsent(node.asText(), texts.size()) == null) {
                texts.add(node.asText());
            }
        }
        for (JsonNode child : node) {
            collect(child, texts, numbers);
        }
    }

    private static JsonNode replace(JsonNode node, java.util.function.UnaryOperator<String> change) {
        if (node.isTextual() && !node.asText().isEmpty()) {
            return TextNode.valueOf(change.apply(node.asText()));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                copy.set(e.getKey(), replace(e.getValue(), change));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(child -> copy.add(replace(child, change)));
            return copy;
        }
        return node;
    }
}
