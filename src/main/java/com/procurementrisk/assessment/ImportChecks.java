package com.procurementrisk.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.scoring.FieldProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rules an imported assessment must pass as a whole before anything of it is stored: sizes
 * that fit their columns, dates that make sense, plain identifiers, only http(s) addresses and
 * no control characters anywhere in a result, and a result every view can show (tried by
 * {@link RevisionPreview}), scored under a model version known here, and small enough to store.
 * The stored result is the one exported, not a re-scored one, so that an old revision keeps
 * showing what it showed; it is stored without the texts its model version holds
 * ({@link ModelStrings}), so an unchanged export costs what a save costs (6-8 KB a revision) and
 * any revision at most {@link #MAX_STORED_REVISION} bytes.
 */
@ApplicationScoped
class ImportChecks {

    /** The most revisions one import may hold. */
    static final int MAX_REVISIONS = 200;
    /** Columns of assessment_revision (V1__saved_assessments.sql). */
    static final int MAX_ANSWERS_JSON = 100_000;
    static final int MAX_RESULT_JSON = 1_000_000;
    /** The longest text anywhere in a result (a rationale, a title, a source's address). */
    static final int MAX_TEXT = 10_000;
    /** Enough to say what is wrong without answering with a whole damaged file. */
    static final int MAX_PROBLEMS = 50;
    /** The most one imported revision may cost in the database: answers, note and packed result, in bytes. */
    static final int MAX_STORED_REVISION = 16 * 1024;
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final OffsetDateTime EARLIEST = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final ObjectMapper json;
    private final Instance<RevisionPreview> previews;
    private final ModelStrings strings;
    private final RevisionStore store;

    ImportChecks(ObjectMapper json, Instance<RevisionPreview> previews, ModelStrings strings, RevisionStore store) {
        this.json = json;
        this.previews = previews;
        this.strings = strings;
        this.store = store;
    }

    /**
     * @return each revision's result as it will be stored ({@link RevisionStore#packed}), in order
     * @throws InvalidInputException naming every problem found, when there is one
     */
    List<byte[]> check(String title, List<SavedAssessment> revisions) {
        List<FieldProblem> problems = new ArrayList<>();
        if (revisions.size() > MAX_REVISIONS) {
            throw new InvalidInputException(List.of(new FieldProblem("revisions",
                    "At most " + MAX_REVISIONS + " revisions.")));
        }
        text(problems, "title", title, AssessmentText.MAX_TITLE);
        for (int i = 0; i < revisions.size() && problems.size() < MAX_PROBLEMS; i++) {
            check(problems, "revisions[" + i + "].", revisions.get(i));
            if (problems.isEmpty() && !previews.isUnsatisfied()) {
                preview(problems, "revisions[" + i + "].result", title, revisions.get(i), i + 1, revisions.size());
            }
        }
        List<byte[]> packed = new ArrayList<>();
        for (int i = 0; i < revisions.size() && problems.isEmpty(); i++) {
            packed.add(packed(problems, "revisions[" + i + "].", revisions.get(i)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return packed;
    }

    /**
     * The result as it will be stored, when its model version is known here and the revision fits
     * {@link #MAX_STORED_REVISION}: an export of this application does (its texts are the model
     * version's); one whose texts were changed or added to may not.
     */
    private byte[] packed(List<FieldProblem> problems, String at, SavedAssessment r) {
        if (!strings.knows(r.modelVersion())) {
            problems.add(new FieldProblem(at + "result.modelVersion", "Model version " + r.modelVersion()
                    + " is not known here. An administrator can upload that version's model file (Models page,"
                    + " or POST /api/v1/models); then import again."));
            return null;
        }
        byte[] packed = store.packed(r.result());
        int size = store.storedSize(r.answers(), packed, r.note());
        if (size > MAX_STORED_REVISION) {
            problems.add(new FieldProblem(at + "result", "Too large to store: " + size + " bytes, at most "
                    + MAX_STORED_REVISION + ". Its texts differ from those of model version " + r.modelVersion()
                    + " (an unchanged export stores in 6-8 KB a revision). Import the export file unchanged."));
        }
        return packed;
    }

    private void check(List<FieldProblem> problems, String at, SavedAssessment r) {
        text(problems, at + "note", r.note(), AssessmentText.MAX_NOTE);
        OffsetDateTime created = r.revisionCreated();
        if (created != null && (created.isBefore(EARLIEST) || created.isAfter(OffsetDateTime.now().plusDays(1)))) {
            problems.add(new FieldProblem(at + "created", "Must be a date from 2000 until today."));
        }
        for (Map.Entry<String, String> id : Map.of("modelId", String.valueOf(r.modelId()), "modelVersion",
                String.valueOf(r.modelVersion()), "scenario", String.valueOf(r.scenario())).entrySet()) {
            if (!NAME.matcher(id.getValue()).matches()) {
                problems.add(new FieldProblem(at + "result." + id.getKey(),
                        "Must be a plain name: letters, digits, '.', '_' or '-', at most 40 characters."));
            }
        }
        JsonNode answers = json.valueToTree(r.answers());
        if (answers == null || r.result() == null) {
            problems.add(new FieldProblem(at + (answers == null ? "answers" : "result"), "Required."));
            return;
        }
        if (answers.toString().length() > MAX_ANSWERS_JSON) {
            problems.add(new FieldProblem(at + "answers", "Too large: at most " + MAX_ANSWERS_JSON
                    + " characters of JSON."));
        } else {
            walk(problems, at + "answers", answers);
        }
        JsonNode result = json.valueToTree(r.result());
        if (result.toString().length() > MAX_RESULT_JSON) {
            problems.add(new FieldProblem(at + "result", "Too large: at most " + MAX_RESULT_JSON
                    + " characters of JSON."));
        } else {
            walk(problems, at + "result", result);
        }
    }

    /** Every text in the tree: no control characters, not too long; every address http(s). */
    private static void walk(List<FieldProblem> problems, String path, JsonNode node) {
        if (problems.size() >= MAX_PROBLEMS) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                String at = path + "." + name;
                if (name.length() > 100 || controls(name)) {
                    problems.add(new FieldProblem(path, "A field name is too long or holds control characters."));
                } else if (field.getValue().isTextual() && ("url".equals(name) || "readVia".equals(name))) {
                    if (!webAddress(field.getValue().textValue())) {
                        problems.add(new FieldProblem(at, "Must be an http or https address."));
                    }
                } else {
                    walk(problems, at, field.getValue());
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(problems, path + "[" + i + "]", node.get(i));
            }
        } else if (node.isTextual()) {
            text(problems, path, node.textValue(), MAX_TEXT);
        }
    }

    /** An absolute http or https address with a host: nothing a browser would run. */
    static boolean webAddress(String url) {
        if (url == null || url.length() > 2000 || controls(url)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void text(List<FieldProblem> problems, String field, String text, int max) {
        if (text == null) {
            return;
        }
        if (text.length() > max) {
            problems.add(new FieldProblem(field, "At most " + max + " characters."));
        } else if (controls(text)) {
            problems.add(new FieldProblem(field, "Control characters are not allowed."));
        }
    }

    private static boolean controls(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t');
    }

    /** Every view of the revision, made and thrown away: one that fails refuses the import. */
    private void preview(List<FieldProblem> problems, String field, String title, SavedAssessment r, int number,
                         int latest) {
        OffsetDateTime now = RevisionStore.now();
        SavedAssessment probe = new SavedAssessment(UUID.randomUUID(), AssessmentText.title(title), now, now, 0,
                number, latest, r.revisionCreated() == null ? now : r.revisionCreated(), r.modelId(),
                r.modelVersion(), r.scenario(), r.answers(), r.result(), r.note(), null);
        try {
            previews.get().render(probe);
        } catch (RuntimeException cannotBeShown) {
            problems.add(new FieldProblem(field, "This result cannot be shown: it is not complete or names "
                    + "pathways, scenarios or factors in a way this application cannot display. Import the export"
                    + " file unchanged."));
        }
    }
}
