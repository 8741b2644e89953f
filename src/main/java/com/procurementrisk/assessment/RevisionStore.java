package com.procurementrisk.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.procurementrisk.scoring.ScoringResult;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stored assessments and revisions: writes a revision with its answers and its result exactly
 * as scored (as JSON; the result without the texts of its model version, {@link ModelStrings}, and
 * gzip-compressed, {@link StoredJson}), and reads them back as {@link SavedAssessment}s. Runs inside the
 * callers' transactions.
 */
@ApplicationScoped
class RevisionStore {

    private static final TypeReference<LinkedHashMap<String, Object>> ANSWERS = new TypeReference<>() {
    };
    private static final TypeReference<ScoringResult> RESULT = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final MeterRegistry metrics;

    private final com.procurementrisk.access.WorkspaceNames workspaces;
    private final ModelStrings strings;
    /** Unpacked results by revision id; each about 100 KB of heap (its texts are the model's, shared). */
    private final Cache<Long, ScoringResult> decoded = Caffeine.newBuilder().maximumSize(DECODED).build();

    /** How many unpacked results are kept. */
    static final int DECODED = 64;

    RevisionStore(ObjectMapper json, MeterRegistry metrics, com.procurementrisk.access.WorkspaceNames workspaces,
                  ModelStrings strings) {
        this.workspaces = workspaces;
        this.strings = strings;
        this.json = json;
        this.metrics = metrics;
    }

    /** A new assessment (its revisions are stored next). */
    AssessmentEntity newAssessment(String title, OffsetDateTime created, OffsetDateTime updated, int latestRevision,
                                   UUID workspace) {
        AssessmentEntity a = new AssessmentEntity();
        a.id = UUID.randomUUID();
        a.workspaceId = workspace;
        a.title = AssessmentText.title(title);
        a.createdAt = created;
        a.updatedAt = updated;
        a.latestRevision = latestRevision;
        a.persist();
        return a;
    }

    /** Stores revision {@code number} of an assessment. */
    RevisionEntity store(AssessmentEntity a, int number, Map<String, Object> answers, ScoringResult result,
                         String note, OffsetDateTime now) {
        return store(a, number, answers, result, packed(result), note, now);
    }

    /** The result as it is stored: without its model version's texts, compressed. */
    byte[] packed(ScoringResult result) {
        return StoredJson.gzip(write(strings.pack(result.modelVersion(), json.valueToTree(result))));
    }

    /** What a revision costs in the database, in bytes (answers, result and note as stored). */
    int storedSize(Map<String, Object> answers, byte[] packedResult, String note) {
        String n = AssessmentText.note(note);
        return write(answers).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + packedResult.length
                + (n == null ? 0 : n.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    /** Stores revision {@code number} with its result already packed ({@link #packed}). */
    RevisionEntity store(AssessmentEntity a, int number, Map<String, Object> answers, ScoringResult result,
                         byte[] packedResult, String note, OffsetDateTime now) {
        metrics.counter("advisor.saves", "revision", number == 1 ? "first" : "later").increment();
        RevisionEntity r = new RevisionEntity();
        r.assessmentId = a.id;
        r.number = number;
        r.createdAt = now;
        r.modelId = result.modelId();
        r.modelVersion = result.modelVersion();
        r.scenario = result.scenario();
        r.answers = write(answers);
        r.resultGzip = packedResult;
        r.ranking = ranking(result.ranking());
        r.note = AssessmentText.note(note);
        r.persist();
        // What is stored unpacks to this result exactly (AssessmentStorageSizeTest): the answer to
        // the save, and the next readers, need not unpack it.
        decoded.put(r.id, result);
        return r;
    }

    /** The assessment, or the project's own exception when there is none. */
    static AssessmentEntity entity(UUID id) {
        return AssessmentEntity.<AssessmentEntity>findByIdOptional(id)
                .orElseThrow(() -> new UnknownAssessmentException("No assessment " + id + "."));
    }

    /** The assessment at one revision, or at its latest when {@code revision} is null (whoever asks). */
    Optional<SavedAssessment> find(UUID id, Integer revision) {
        return AssessmentEntity.<AssessmentEntity>findByIdOptional(id).flatMap(a -> find(a, revision));
    }

    Optional<SavedAssessment> find(AssessmentEntity a, Integer revision) {
        return RevisionEntity.find(a.id, revision == null ? a.latestRevision : revision).map(r -> view(a, r));
    }

    SavedAssessment latest(AssessmentEntity a) {
        return view(a, RevisionEntity.find(a.id, a.latestRevision).orElseThrow());
    }

    SavedAssessment.Summary latestSummary(AssessmentEntity a) {
        return summary(a, RevisionEntity.find(a.id, a.latestRevision).orElseThrow());
    }

    SavedAssessment view(AssessmentEntity a, RevisionEntity r) {
        return new SavedAssessment(a.id, a.title, a.createdAt, a.updatedAt, a.version, r.number, a.latestRevision,
                r.createdAt, r.modelId, r.modelVersion, r.scenario, read(r.answers, ANSWERS), result(r),
                r.note, workspaces.of(a.workspaceId));
    }

    SavedAssessment.Summary summary(AssessmentEntity a, RevisionEntity r) {
        List<String> ranking = r.ranking != null ? List.of(r.ranking.split(",")) : result(r).ranking();
        return new SavedAssessment.Summary(a.id, a.title, r.number, r.createdAt, r.modelVersion, r.scenario,
                ranking, r.note);
    }

    /** The ranking as stored: null when it would not fit its column (then it is read from the result). */
    private static String ranking(List<String> ranking) {
        String joined = String.join(",", ranking);
        return joined.length() <= 300 && ranking.stream().noneMatch(id -> id.isEmpty() || id.contains(","))
                ? joined : null;
    }

    /**
     * The stored result: compressed since V8, plain in revisions saved before. A revision never
     * changes once stored, so the unpacked result is kept for the next reader (the saved page,
     * its report, comparisons), a bounded number of them.
     */
    ScoringResult result(RevisionEntity r) {
        if (r.id == null) {
            return unpack(r);
        }
        return decoded.get(r.id, id -> unpack(r));
    }

    /** The result as stored, unpacked now (not the one kept). */
    ScoringResult unpack(RevisionEntity r) {
        if (r.resultGzip == null) {
            return read(r.result, RESULT);
        }
        try {
            return json.treeToValue(strings.unpack(json.readTree(StoredJson.gunzip(r.resultGzip))), ScoringResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read", e);
        }
    }

    /** Now, as stored: UTC, to the microsecond (what the databases keep). */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read", e);
        }
    }
}
