package com.procurementrisk.assessment;

import com.procurementrisk.audit.AssessmentEvent;
import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.advice.ScoredAnswers;
import com.procurementrisk.advice.ScoringService;
import io.micrometer.core.annotation.Timed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Saved assessments: save, revise, find, list, search, import and delete. Every save scores
 * the answers through {@link ScoringService} and keeps the result as it was shown; a failed
 * request saves nothing.
 */
@ApplicationScoped
@Transactional
public class SavedAssessments {

    /** The most revisions one import may hold. */
    public static final int MAX_IMPORTED_REVISIONS = ImportChecks.MAX_REVISIONS;

    private final ScoringService scoring;
    private final RevisionStore store;
    private final Event<AssessmentEvent> events;
    private final AssessmentAccess access;
    private final ImportChecks imports;

    SavedAssessments(ScoringService scoring, RevisionStore store, Event<AssessmentEvent> events,
                     AssessmentAccess access, ImportChecks imports) {
        this.imports = imports;
        this.scoring = scoring;
        this.store = store;
        this.events = events;
        this.access = access;
    }

    /** Scores and saves new answers as revision 1 of a new assessment. */
    public SavedAssessment create(String title, Map<String, ?> answers, String scenario, String note) {
        return create(title, answers, scenario, note, null);
    }

    /**
     * Scores and saves new answers as revision 1 of a new assessment in the named workspace (one
     * the caller may edit in), or in the caller's first such workspace when none is named.
     */
    @Timed(value = "advisor.saves.duration", description = "Time to score and save a revision")
    public SavedAssessment create(String title, Map<String, ?> answers, String scenario, String note,
                                  String workspaceName) {
        UUID workspace = access.workspaceForNew(workspaceName);
        ScoredAnswers scored = scoring.score(answers, scenario);
        OffsetDateTime now = RevisionStore.now();
        AssessmentEntity a = store.newAssessment(title, now, now, 1, workspace);
        SavedAssessment saved = store.view(a, store.store(a, 1, scored.answers().values(), scored.result(), note, now));
        events.fire(new AssessmentEvent("assessment.saved", a.id, 1, a.title, a.workspaceId));
        return saved;
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
        return revise(id, expectedVersion, title, answers, scenario, note, "assessment.revised");
    }

    /** A revision, recorded as {@code action} (a re-score is one kind of revision). */
    SavedAssessment revise(UUID id, long expectedVersion, String title, Map<String, ?> answers, String scenario,
                           String note, String action) {
        AssessmentEntity a = access.editable(RevisionStore.entity(id));
        if (a.version != expectedVersion) {
            throw new ConflictException("This assessment was changed by someone else (now at revision "
                    + a.latestRevision + ") after you opened it. Nothing was saved: open the latest revision, "
                    + "then make your change again.");
        }
        ScoredAnswers scored = scoring.score(answers, scenario);
        OffsetDateTime now = RevisionStore.now();
        a.latestRevision++;
        a.updatedAt = now;
        if (title != null && !title.isBlank()) {
            a.title = AssessmentText.title(title);
        }
        RevisionEntity r = store.store(a, a.latestRevision, scored.answers().values(), scored.result(), note, now);
        AssessmentEntity.getEntityManager().flush();
        events.fire(new AssessmentEvent(action, a.id, r.number, r.note, a.workspaceId));
        return store.view(a, r);
    }

    /** The assessment at the revision a reference names, or at its latest when it names none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SavedAssessment> find(RevisionRef reference) {
        return AssessmentEntity.<AssessmentEntity>findByIdOptional(reference.id()).filter(access::sees)
                .flatMap(a -> store.find(a, reference.revision()));
    }

    /** Like {@link #find(RevisionRef)}, for what must exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SavedAssessment get(RevisionRef reference) {
        return find(reference).orElseThrow(() -> new UnknownAssessmentException("No assessment or revision "
                + reference.id() + (reference.revision() == null ? "" : ":" + reference.revision()) + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SavedAssessment.Page<SavedAssessment.Summary> list(int page, int size) {
        // Past the last possible page: the offset would overflow an int.
        int safePage = (int) Math.min(page, (long) Integer.MAX_VALUE / Math.max(size, 1) - 1);
        var query = AssessmentEntity.<AssessmentEntity>find("workspaceId in ?1", Sort.descending("updatedAt").and("id"),
                        visibleIds()).page(Page.of(safePage, size));
        return new SavedAssessment.Page<>(query.list().stream().map(store::latestSummary).toList(), page, size,
                query.count());
    }

    /**
     * Saved assessments whose title contains {@code text} (any case), most recently changed
     * first, at their latest revision; every assessment when {@code text} is blank.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SavedAssessment.Summary> search(String text, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return AssessmentEntity.<AssessmentEntity>find("lower(title) like ?1 escape '\\' and workspaceId in ?2",
                        Sort.descending("updatedAt").and("id"), like, visibleIds())
                .page(Page.ofSize(Math.max(1, limit))).list().stream().map(store::latestSummary).toList();
    }

    /** The revisions, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SavedAssessment.Summary> history(UUID id) {
        AssessmentEntity a = access.seen(RevisionStore.entity(id));
        return RevisionEntity.history(id).stream().map(r -> store.summary(a, r)).toList();
    }

    /** Every revision of an assessment, oldest first, for export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SavedAssessment> revisions(UUID id) {
        AssessmentEntity a = access.seen(RevisionStore.entity(id));
        return RevisionEntity.history(id).stream().sorted(Comparator.comparingInt(r -> r.number))
                .map(r -> store.view(a, r)).toList();
    }

    /**
     * Creates an assessment from exported revisions, identical to the one exported: same title,
     * answers, scenarios, model versions, results, notes and revision dates. Checked as a whole
     * first ({@link ImportChecks}): an import that a page could not show saves nothing. The checks
     * (which render every revision in a dry run, and may take seconds for a large import) run
     * outside any transaction; the revisions are then stored in one short transaction.
     *
     * @throws InvalidInputException naming every problem
     */
    @Timed(value = "advisor.saves.duration", description = "Time to score and save a revision")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SavedAssessment importRevisions(String title, List<SavedAssessment> revisions) {
        UUID workspace = access.workspaceForNew();
        List<byte[]> packed = imports.check(title, revisions);
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = RevisionStore.now();
            OffsetDateTime created = revisions.get(0).revisionCreated() == null ? now
                    : revisions.get(0).revisionCreated();
            AssessmentEntity a = store.newAssessment(title, created, now, revisions.size(), workspace);
            RevisionEntity last = null;
            for (int i = 0; i < revisions.size(); i++) {
                SavedAssessment r = revisions.get(i);
                last = store.store(a, i + 1, r.answers(), r.result(), packed.get(i), r.note(),
                        r.revisionCreated() == null ? now : r.revisionCreated());
            }
            events.fire(new AssessmentEvent("assessment.imported", a.id, revisions.size(), a.title,
                    a.workspaceId));
            return store.view(a, last);
        });
    }

    /** How many assessments have a latest revision scored under another model version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOutdated(String currentVersion) {
        return RevisionEntity.count("modelVersion <> ?1 and number = (select a.latestRevision from AssessmentEntity a"
                + " where a.id = assessmentId and a.workspaceId in ?2)", currentVersion, editableIds());
    }

    /** Deletes an assessment with every revision and share link. */
    public void delete(UUID id) {
        AssessmentEntity a = access.editable(RevisionStore.entity(id));
        ShareLinkEntity.delete("assessmentId", id);
        RevisionEntity.delete("assessmentId", id);
        a.delete();
        events.fire(new AssessmentEvent("assessment.deleted", id, null, a.title, a.workspaceId));
    }

    /** The workspaces the caller sees (never empty in a query: an impossible id stands for none). */
    private java.util.Set<UUID> visibleIds() {
        return orNone(access.visible());
    }

    /** The workspaces the caller may change assessments in. */
    /** Whether the caller may change the assessment (and manage its share links), not only read it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean editable(UUID id) {
        return AssessmentEntity.<AssessmentEntity>findByIdOptional(id)
                .filter(a -> access.caller().may(a.workspaceId, com.procurementrisk.access.Role.EDITOR)).isPresent();
    }

    java.util.Set<UUID> editableIds() {
        return orNone(access.caller().workspaces(com.procurementrisk.access.Role.EDITOR));
    }

    private static java.util.Set<UUID> orNone(java.util.Set<UUID> ids) {
        return ids.isEmpty() ? java.util.Set.of(new UUID(0, 0)) : ids;
    }
}
