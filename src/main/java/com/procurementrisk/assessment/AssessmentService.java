package com.procurementrisk.assessment;

import com.procurementrisk.advice.ScoringService;
import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.advice.ScoredAnswers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.procurementrisk.scoring.FieldProblem;
import com.procurementrisk.scoring.ResultDiff;
import com.procurementrisk.scoring.ScoringResult;
import io.micrometer.core.annotation.Timed;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Saves, revises, lists and shares assessments. Every save scores the answers through
 * {@link ScoringService} and keeps the result as it was shown; a failed request saves nothing.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    static final int MAX_TITLE = 200;
    static final int MAX_NOTE = 500;
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ScoringService advisor;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    AssessmentService(ScoringService advisor, ObjectMapper json, MeterRegistry metrics) {
        this.advisor = advisor;
        this.json = json;
        this.metrics = metrics;
    }

    /** Scores and saves new answers as revision 1 of a new assessment. */
    @Timed(value = "advisor.saves.duration", description = "Time to score and save a revision")
    public SavedAssessment create(String title, Map<String, ?> answers, String scenario, String note) {
        ScoredAnswers scoring = advisor.score(answers, scenario);
        OffsetDateTime now = now();
        AssessmentEntity a = newAssessment(title, now, now, 1);
        RevisionEntity r = revision(a, 1, scoring, note, now);
        return view(a, r);
    }

    /**
     * Saves changed answers as the next revision.
     *
     * @param expectedVersion the version the change was based on
     * @throws ConflictException when the assessment changed since that version
     */
    @Timed(value = "advisor.saves.duration", description = "Time to score and save a revision")
    public SavedAssessment revise(UUID id, long expectedVersion, String title, Map<String, ?> answers, String scenario,
                                  String note) {
        AssessmentEntity a = entity(id);
        if (a.version != expectedVersion) {
            throw new ConflictException("This assessment was changed by someone else (now at revision "
                    + a.latestRevision + ") after you opened it. Nothing was saved: open the latest revision, "
                    + "then make your change again.");
        }
        ScoredAnswers scoring = advisor.score(answers, scenario);
        OffsetDateTime now = now();
        a.latestRevision++;
        a.updatedAt = now;
        if (title != null && !title.isBlank()) {
            a.title = title(title);
        }
        RevisionEntity r = revision(a, a.latestRevision, scoring, note, now);
        AssessmentEntity.getEntityManager().flush();
        return view(a, r);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SavedAssessment> find(UUID id) {
        return AssessmentEntity.<AssessmentEntity>findByIdOptional(id)
                .map(a -> view(a, RevisionEntity.find(id, a.latestRevision).orElseThrow()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SavedAssessment> find(UUID id, int revision) {
        return AssessmentEntity.<AssessmentEntity>findByIdOptional(id)
                .flatMap(a -> RevisionEntity.find(id, revision).map(r -> view(a, r)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SavedAssessment.Page<SavedAssessment.Summary> list(int page, int size) {
        // Past the last possible page: the offset would overflow an int.
        int safePage = (int) Math.min(page, (long) Integer.MAX_VALUE / Math.max(size, 1) - 1);
        var query = AssessmentEntity.<AssessmentEntity>findAll(Sort.descending("updatedAt").and("id"))
                .page(Page.of(safePage, size));
        List<SavedAssessment.Summary> items = query.list().stream()
                .map(a -> summary(a, RevisionEntity.find(a.id, a.latestRevision).orElseThrow())).toList();
        return new SavedAssessment.Page<>(items, page, size, query.count());
    }

    /**
     * Saved assessments whose title contains {@code text} (any case), most recently changed
     * first, at their latest revision; every assessment when {@code text} is blank.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SavedAssessment.Summary> search(String text, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return AssessmentEntity.<AssessmentEntity>find("lower(title) like ?1 escape '\\'",
                        Sort.descending("updatedAt").and("id"), like)
                .page(Page.ofSize(Math.max(1, limit))).list().stream()
                .map(a -> summary(a, RevisionEntity.find(a.id, a.latestRevision).orElseThrow())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SavedAssessment.Summary> history(UUID id) {
        AssessmentEntity a = entity(id);
        return RevisionEntity.history(id).stream().map(r -> summary(a, r)).toList();
    }

    /**
     * Scores the latest revision's answers (or changed ones) under the current model and saves
     * the outcome as the next revision. The difference is split in two: what the new model
     * changed for the same answers, then what the changed answers changed under the new model.
     *
     * @param answers changed answers, or null to keep the latest revision's
     * @throws ConflictException when the assessment changed since {@code expectedVersion}
     */
    @Timed(value = "advisor.saves.duration", description = "Time to score and save a revision")
    public Rescore rescore(UUID id, long expectedVersion, Map<String, ?> answers, String scenario) {
        SavedAssessment before = find(id).orElseThrow(NotFoundException::new);
        String chosen = scenario != null ? scenario : advisor.model().scenario(before.scenario()).isPresent()
                ? before.scenario() : null;
        ScoredAnswers sameAnswers = advisor.score(before.answers(), chosen);
        ScoredAnswers changed = answers == null ? sameAnswers : advisor.score(answers, chosen);
        SavedAssessment after = revise(id, expectedVersion, null, changed.answers().values(), chosen,
                "Re-scored under model " + changed.result().modelVersion() + " (was " + before.modelVersion() + ")");
        return new Rescore(after, before.modelVersion(), ResultDiff.between(before.result(), sameAnswers.result()),
                ResultDiff.between(sameAnswers.result(), changed.result()));
    }

    /** Two assessments or revisions side by side. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Comparison compare(UUID leftId, Integer leftRevision, UUID rightId, Integer rightRevision) {
        SavedAssessment left = (leftRevision == null ? find(leftId) : find(leftId, leftRevision))
                .orElseThrow(NotFoundException::new);
        SavedAssessment right = (rightRevision == null ? find(rightId) : find(rightId, rightRevision))
                .orElseThrow(NotFoundException::new);
        List<String> questions = advisor.model().questionnaire().questions().stream().map(q -> q.id()).toList();
        return new Comparison(left, right, InputChange.between(left, right, questions),
                ResultDiff.between(left.result(), right.result()));
    }

    /** Every revision of an assessment, oldest first, for export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SavedAssessment> revisions(UUID id) {
        AssessmentEntity a = entity(id);
        return RevisionEntity.history(id).stream().sorted(java.util.Comparator.comparingInt(r -> r.number))
                .map(r -> view(a, r)).toList();
    }

    /**
     * Creates an assessment from exported revisions, identical to the one exported: same title,
     * answers, scenarios, model versions, results, notes and revision dates.
     */
    @Timed(value = "advisor.saves.duration", description = "Time to score and save a revision")
    public SavedAssessment importRevisions(String title, List<SavedAssessment> revisions) {
        OffsetDateTime now = now();
        OffsetDateTime created = revisions.get(0).revisionCreated() == null ? now : revisions.get(0).revisionCreated();
        AssessmentEntity a = newAssessment(title, created, now, revisions.size());
        RevisionEntity last = null;
        for (int i = 0; i < revisions.size(); i++) {
            SavedAssessment r = revisions.get(i);
            last = store(a, i + 1, r.answers(), r.result(), r.note(),
                    r.revisionCreated() == null ? now : r.revisionCreated());
        }
        return view(a, last);
    }

    /** How many assessments have a latest revision scored under another model version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOutdated(String currentVersion) {
        return RevisionEntity.count("modelVersion <> ?1 and number = (select a.latestRevision from AssessmentEntity a"
                + " where a.id = assessmentId)", currentVersion);
    }

    /** Deletes an assessment with every revision and share link. */
    public void delete(UUID id) {
        AssessmentEntity a = entity(id);
        ShareLinkEntity.delete("assessmentId", id);
        RevisionEntity.delete("assessmentId", id);
        a.delete();
    }

    /**
     * Re-scores, each as its next revision, every assessment whose latest revision was scored
     * under another model version than the current one.
     *
     * @return how many were re-scored, and how many could not be (answers the current model refuses)
     */
    public int[] rescoreOutdated() {
        String current = advisor.model().version();
        int done = 0;
        int refused = 0;
        for (AssessmentEntity a : AssessmentEntity.<AssessmentEntity>listAll(Sort.ascending("id"))) {
            RevisionEntity latest = RevisionEntity.find(a.id, a.latestRevision).orElseThrow();
            if (latest.modelVersion.equals(current)) {
                continue;
            }
            try {
                rescore(a.id, a.version, null, null);
                done++;
            } catch (InvalidInputException e) {
                refused++;
            }
        }
        return new int[] {done, refused};
    }

    /** A new read-only link with a 256-bit random token. */
    public SavedAssessment.Share share(UUID id) {
        entity(id);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        ShareLinkEntity link = new ShareLinkEntity();
        link.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        link.assessmentId = id;
        link.createdAt = now();
        link.persist();
        return new SavedAssessment.Share(link.token, link.createdAt, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SavedAssessment.Share> shares(UUID id) {
        entity(id);
        return ShareLinkEntity.of(id).stream().map(l -> new SavedAssessment.Share(l.token, l.createdAt, l.revokedAt))
                .toList();
    }

    /** Revokes a link of this assessment; the link then answers 404 like any wrong token. */
    public void revoke(UUID id, String token) {
        ShareLinkEntity link = ShareLinkEntity.<ShareLinkEntity>findByIdOptional(token)
                .filter(l -> l.assessmentId.equals(id)).orElseThrow(NotFoundException::new);
        if (link.revokedAt == null) {
            link.revokedAt = now();
        }
    }

    /** The latest revision behind an active share link. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SavedAssessment> shared(String token) {
        return ShareLinkEntity.active(token).flatMap(l -> find(l.assessmentId));
    }

    private static AssessmentEntity newAssessment(String title, OffsetDateTime created, OffsetDateTime updated,
                                                  int latestRevision) {
        AssessmentEntity a = new AssessmentEntity();
        a.id = UUID.randomUUID();
        a.title = title(title);
        a.createdAt = created;
        a.updatedAt = updated;
        a.latestRevision = latestRevision;
        a.persist();
        return a;
    }

    private RevisionEntity revision(AssessmentEntity a, int number, ScoredAnswers scoring, String note, OffsetDateTime now) {
        return store(a, number, scoring.answers().values(), scoring.result(), note, now);
    }

    private RevisionEntity store(AssessmentEntity a, int number, Map<String, Object> answers, ScoringResult result,
                                 String note, OffsetDateTime now) {
        metrics.counter("advisor.saves", "revision", number == 1 ? "first" : "later").increment();
        RevisionEntity r = new RevisionEntity();
        r.assessmentId = a.id;
        r.number = number;
        r.createdAt = now;
        r.modelId = result.modelId();
        r.modelVersion = result.modelVersion();
        r.scenario = result.scenario();
        r.answers = write(answers);
        r.result = write(result);
        r.note = note == null || note.isBlank() ? null : note.strip();
        checkText("note", r.note, MAX_NOTE);
        r.persist();
        return r;
    }

    private SavedAssessment view(AssessmentEntity a, RevisionEntity r) {
        return new SavedAssessment(a.id, a.title, a.createdAt, a.updatedAt, a.version, r.number, a.latestRevision,
                r.createdAt, r.modelId, r.modelVersion, r.scenario, read(r.answers, MAP),
                read(r.result, new TypeReference<ScoringResult>() {
                }), r.note);
    }

    private SavedAssessment.Summary summary(AssessmentEntity a, RevisionEntity r) {
        ScoringResult result = read(r.result, new TypeReference<ScoringResult>() {
        });
        return new SavedAssessment.Summary(a.id, a.title, r.number, r.createdAt, r.modelVersion, r.scenario,
                result.ranking(), r.note);
    }

    private static AssessmentEntity entity(UUID id) {
        return AssessmentEntity.<AssessmentEntity>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    private static String title(String title) {
        String t = title == null || title.isBlank() ? "Untitled assessment" : title.strip();
        checkText("title", t, MAX_TITLE);
        return t;
    }

    /** Refuses text that is too long for its column, or holds control characters (they break reports). */
    static void checkText(String field, String text, int max) {
        if (text == null) {
            return;
        }
        if (text.length() > max) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "At most " + max + " characters.")));
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "Control characters are not allowed.")));
        }
    }

    private static OffsetDateTime now() {
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
