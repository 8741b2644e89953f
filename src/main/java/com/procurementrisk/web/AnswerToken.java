package com.procurementrisk.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers in progress, carried in the page and its links as base64url JSON rather than in a
 * server session: any replica can serve any step, and a results link can be shared. The
 * content is re-validated on every use, so a tampered token can do no more than a form.
 */
@ApplicationScoped
public class AnswerToken {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper json;

    AnswerToken(ObjectMapper json) {
        this.json = json;
    }

    public String encode(Map<String, Object> answers) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(answers));
        } catch (IOException e) {
            throw new IllegalStateException("answers cannot be written as JSON", e);
        }
    }

    /** The answers in a token; empty when the token is absent, not ours or damaged. */
    public Optional<Map<String, Object>> decode(String token) {
        if (token == null || token.isBlank()) {
            return Optional.of(new LinkedHashMap<>());
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token.strip());
            return Optional.of(json.readValue(new String(bytes, StandardCharsets.UTF_8), MAP));
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }
}
