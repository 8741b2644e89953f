package com.procurementrisk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.procurementrisk.scoring.model.RiskModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The JSON documents that depend on nothing but the model in force (the questionnaire, the
 * scenarios), serialised once per model version rather than on every request, each with an
 * ETag so that a client holding the document gets {@code 304 Not Modified} instead of it again.
 * An activation brings a new model, so a new document and a new tag; {@code Cache-Control:
 * no-cache} makes caches ask each time, which costs them a 304 at most.
 */
@ApplicationScoped
class StaticDocuments {

    /** One serialised document and its tag (weak: the same document may go out gzip-compressed). */
    record Document(byte[] json, EntityTag tag) {
    }

    /** The documents of one model; replaced as a whole when another model comes into force. */
    private record Documents(RiskModel model, Document questionnaire, Document scenarios) {
    }

    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    private final ObjectMapper json;
    private volatile Documents current;

    StaticDocuments(ObjectMapper json) {
        this.json = json;
    }

    Document questionnaire(RiskModel model) {
        return of(model).questionnaire();
    }

    Document scenarios(RiskModel model) {
        return of(model).scenarios();
    }

    /** 304 when the client already holds this document (If-None-Match), else the document. */
    static Response respond(Document document, Request request) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(document.tag());
        if (notModified != null) {
            return notModified.cacheControl(REVALIDATE).build();
        }
        return Response.ok(document.json(), MediaType.APPLICATION_JSON_TYPE).tag(document.tag())
                .cacheControl(REVALIDATE).build();
    }

    private Documents of(RiskModel model) {
        Documents documents = current;
        if (documents == null || documents.model() != model) {
            // Two requests may both build a model's documents once; they are equal, either may stay.
            documents = new Documents(model, document(ApiMapper.questionnaire(model)),
                    document(ApiMapper.scenarios(model)));
            current = documents;
        }
        return documents;
    }

    private Document document(Object value) {
        try {
            byte[] bytes = json.writeValueAsBytes(value);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Document(bytes, new EntityTag(HexFormat.of().formatHex(digest, 0, 16), true));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot serialise a document of the risk model", e);
        }
    }
}
