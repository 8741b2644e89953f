package com.procurementrisk.scoring.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.procurementrisk.scoring.model.RiskModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads a risk model from YAML (or JSON, which is YAML too) and validates it. */
public final class ModelLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ModelLoader() {
    }

    /**
     * Reads a model from the class path.
     *
     * @throws InvalidModelException listing every problem, if the model cannot be used
     */
    public static RiskModel fromClasspath(String resource) {
        return fromText(readText(resource), resource);
    }

    /**
     * Reads a model from {@code file:<path>} (a file, e.g. mounted from a ConfigMap) or else
     * from the class path.
     */
    public static RiskModel fromLocation(String location) {
        return fromText(readText(location), location);
    }

    /**
     * The text of the model file at {@code file:<path>} or else on the class path, as stored
     * (so that a version can be shown, compared and served exactly as it was shipped).
     *
     * @throws InvalidModelException when there is no such file or resource
     */
    public static String readText(String location) {
        if (!location.startsWith("file:")) {
            try (InputStream in = ModelLoader.class.getClassLoader().getResourceAsStream(location)) {
                if (in == null) {
                    throw new InvalidModelException(location, java.util.List.of("no such resource on the class path"));
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read risk model " + location, e);
            }
        }
        java.nio.file.Path path = java.nio.file.Path.of(location.substring("file:".length()));
        try {
            return java.nio.file.Files.readString(path);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidModelException(location, java.util.List.of("no such file"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read risk model " + location, e);
        }
    }

    /**
     * Reads a model from its text.
     *
     * @param origin where the text came from, for messages
     * @throws InvalidModelException listing every problem, if the model cannot be used
     */
    public static RiskModel fromText(String text, String origin) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidModelException(origin, java.util.List.of("not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidModelException(origin, java.util.List.of("the file must hold a map at the top level"));
        }
        Problems problems = new Problems();
        RiskModel model = new ModelReader(new Node(root, "", problems)).read();
        ModelChecks.check(model, problems);
        if (!problems.isEmpty()) {
            throw new InvalidModelException(origin, problems.list());
        }
        return model;
    }
}
