package com.procurementrisk.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Answers in progress, carried in the page and its links as base64url JSON rather than in a
 * server session: any replica can serve any step, and a results link can be shared. The
 * content is re-validated on every use, so a tampered token can do no more than a form.
 */
@ApplicationScoped
public class AnswerToken {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    /** Far more than any questionnaire needs. */
    static final int MAX_ANSWERS_BYTES = 64 * 1024;

    private final ObjectMapper json;

    AnswerToken(ObjectMapper json) {
        this.json = json;
    }

    /** Deflated, then base64url: about a third of the plain JSON, so links stay short. */
    public String encode(Map<String, Object> answers) {
        try {
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (DeflaterOutputStream out = new DeflaterOutputStream(packed, new Deflater(Deflater.BEST_COMPRESSION, true))) {
                out.write(json.writeValueAsBytes(answers));
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(packed.toByteArray());
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
            // Plain JSON is accepted too, so hand-made links work.
            byte[] plain = bytes.length > 0 && bytes[0] == '{' ? bytes : inflate(bytes);
            return Optional.ofNullable(json.readValue(new String(plain, StandardCharsets.UTF_8), MAP));
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    /** Inflates at most {@link #MAX_ANSWERS_BYTES}, so a crafted link cannot exhaust memory. */
    private static byte[] inflate(byte[] packed) throws IOException {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(packed), new Inflater(true))) {
            byte[] plain = in.readNBytes(MAX_ANSWERS_BYTES + 1);
            if (plain.length > MAX_ANSWERS_BYTES) {
                throw new IOException("answers too large");
            }
            return plain;
        }
    }
}
