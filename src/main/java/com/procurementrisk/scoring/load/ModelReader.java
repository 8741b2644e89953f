package com.procurementrisk.scoring.load;

import com.procurementrisk.scoring.model.Choice;
import com.procurementrisk.scoring.model.Coverage;
import com.procurementrisk.scoring.model.Viability;
import com.procurementrisk.scoring.model.ViabilityRules;
import com.procurementrisk.scoring.model.Condition;
import com.procurementrisk.scoring.model.Dimension;
import com.procurementrisk.scoring.model.Driver;
import com.procurementrisk.scoring.model.Effect;
import com.procurementrisk.scoring.model.Factor;
import com.procurementrisk.scoring.model.FactorWeight;
import com.procurementrisk.scoring.model.ModelInfo;
import com.procurementrisk.scoring.model.Pathway;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.QuestionType;
import com.procurementrisk.scoring.model.Questionnaire;
import com.procurementrisk.scoring.model.Recommendation;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;
import com.procurementrisk.scoring.model.ScoringWeights;
import com.procurementrisk.scoring.model.Section;
import com.procurementrisk.scoring.model.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the parsed file into model values, reporting structural problems and dangling
 * references as it goes. Checks that need the whole model live in {@link ModelChecks}.
 */
final class ModelReader {

    /** The question whose choices are the products that coverage and viability speak of. */
    static final String PRODUCTS = "products.intended";
    private static final List<String> SOURCE_KINDS = List.of("primary", "secondary", "commentary");
    private static final List<String> CONFIDENCES = List.of("confirmed", "reported", "commentary");

    private final Node root;
    private final Problems problems;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Set<String> pathwayIds = new LinkedHashSet<>();
    private final Set<String> factorIds = new LinkedHashSet<>();
    private final Set<String> scenarioIds = new LinkedHashSet<>();
    private int format = 1;

    ModelReader(Node root) {
        this.root = root;
        this.problems = root.problems();
    }

    RiskModel read() {
        root.allowOnly("model", "scoring", "pathways", "sources", "questionnaire", "factors", "scenarios",
                "recommendations", "coverage", "viability");
        Node model = root.field("model").allowOnly("id", "version", "format", "asOf", "title", "summary");
        format = (int) model.number("format", 1);
        if (format != 1 && format != 2) {
            problems.add("model.format", "unknown format " + format + ": 1 or 2");
        }
        ModelInfo info = new ModelInfo(model.text("id"), model.text("version"), model.date("asOf"),
                model.text("title"), model.optionalText("summary"), format);
        Node overall = root.field("scoring").field("overall");
        ScoringWeights weights = new ScoringWeights(overall.requiredNumber("contractual"),
                overall.requiredNumber("availability"));
        List<Pathway> pathways = readPathways();
        readSources();
        Questionnaire questionnaire = readQuestionnaire();
        root.list("factors", true).forEach(n -> factorIds.add(n.optionalText("id")));
        root.list("scenarios", true).forEach(n -> scenarioIds.add(n.optionalText("id")));
        List<Factor> factors = root.list("factors", true).stream().map(this::factor).toList();
        List<Scenario> scenarios = root.list("scenarios", true).stream().map(this::scenario).toList();
        List<Recommendation> recommendations =
                root.list("recommendations", true).stream().map(this::recommendation).toList();
        Coverage coverage = format < 2 ? Coverage.NONE : new CoverageReader(this, root.field("coverage")).read();
        ViabilityRules viability = format < 2 ? ViabilityRules.NONE : viability(root.field("viability"));
        if (format < 2) {
            List.of("coverage", "viability").stream().filter(root::has).forEach(f ->
                    problems.add(f, "needs model.format 2"));
        }
        return new RiskModel(info, weights, pathways, List.copyOf(sources.values()), questionnaire, factors,
                scenarios, recommendations, coverage, viability);
    }

    private List<Pathway> readPathways() {
        List<Pathway> pathways = new ArrayList<>();
        for (Node n : root.list("pathways", true)) {
            n.allowOnly("id", "title", "description");
            Pathway p = new Pathway(n.text("id"), n.text("title"), n.text("description"));
            unique(pathwayIds, p.id(), n, "pathway");
            pathways.add(p);
        }
        return pathways;
    }

    private void readSources() {
        for (Node n : root.list("sources", true)) {
            Source s = format < 2 ? legacySource(n) : source(n);
            httpUrl(n, "url", s.url());
            if (s.readVia() != null) {
                httpUrl(n, "readVia", s.readVia());
            }
            if (sources.putIfAbsent(s.id(), s) != null) {
                problems.add(n.path() + ".id", "duplicate source id '" + s.id() + "'");
            }
        }
    }

    private Source legacySource(Node n) {
        n.allowOnly("id", "title", "url", "date", "publisher", "confidence");
        return Source.legacy(n.text("id"), n.text("title"), n.text("url"), n.date("date"), n.optionalText("publisher"),
                n.optionalText("confidence"));
    }

    /** A classified source: what kind of document, when it was published (if it says) and read. */
    private Source source(Node n) {
        n.allowOnly("id", "title", "url", "publisher", "kind", "published", "accessed", "readVia", "confidence");
        LocalDate published = n.has("published") ? n.date("published") : null;
        LocalDate accessed = n.date("accessed");
        String kind = n.text("kind");
        if (!SOURCE_KINDS.contains(kind)) {
            problems.add(n.path() + ".kind", "unknown kind '" + kind + "': " + String.join(", ", SOURCE_KINDS));
        }
        String confidence = n.optionalText("confidence");
        if (confidence != null && !CONFIDENCES.contains(confidence)) {
            problems.add(n.path() + ".confidence", "unknown confidence '" + confidence + "': "
                    + String.join(", ", CONFIDENCES));
        }
        if ("confirmed".equals(confidence) && !Source.PRIMARY.equals(kind)) {
            problems.add(n.path() + ".confidence", "only a primary source can be 'confirmed'");
        }
        if (published != null && accessed != null && published.isAfter(accessed)) {
            problems.add(n.path() + ".published", "published after it was accessed");
        }
        return new Source(n.text("id"), n.text("title"), n.text("url"), published != null ? published : accessed,
                n.text("publisher"), confidence, kind, published, accessed, n.optionalText("readVia"));
    }

    private void httpUrl(Node n, String field, String url) {
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            problems.add(n.path() + "." + field, "an http(s) URL is required, found '" + url + "'");
        }
    }

    private Questionnaire readQuestionnaire() {
        List<Section> sections = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        for (Node n : root.field("questionnaire").list("sections", true)) {
            n.allowOnly("id", "title", "description", "questions");
            String id = n.text("id");
            unique(sectionIds, id, n, "section");
            List<Question> sectionQuestions = new ArrayList<>();
            for (Node q : n.list("questions", true)) {
                Question question = question(q);
                if (!question.sectionId().equals(id) || question.id().equals(id)) {
                    problems.add(q.path() + ".id", "question id '" + question.id() + "' must start with '" + id + ".'");
                }
                if (questions.putIfAbsent(question.id(), question) != null) {
                    problems.add(q.path() + ".id", "duplicate question id '" + question.id() + "'");
                }
                sectionQuestions.add(question);
            }
            sections.add(new Section(id, n.text("title"), n.optionalText("description"), sectionQuestions));
        }
        return new Questionnaire(sections);
    }

    private Question question(Node n) {
        n.allowOnly("id", "type", "label", "help", "required", "minSelections", "choicesFrom", "min", "max", "unit",
                "when", "choices");
        String id = n.text("id");
        String typeId = n.text("type");
        QuestionType type = QuestionType.fromId(typeId).orElse(null);
        if (type == null) {
            problems.add(n.path() + ".type", "unknown question type '" + typeId + "': single, multi, integer or boolean");
            type = QuestionType.SINGLE;
        }
        // Only questions asked earlier may decide whether this one applies.
        Condition when = answersOnly().optional(n, "when");
        String choicesFrom = n.optionalText("choicesFrom");
        List<Choice> choices = choices(n, type, choicesFrom);
        Long min = n.optionalWhole("min");
        Long max = n.optionalWhole("max");
        if (type == QuestionType.INTEGER && (min == null || max == null || min > max)) {
            problems.add(n.path(), "an integer question needs min <= max");
        }
        int minSelections = (int) n.number("minSelections", 0);
        return new Question(id, type, n.text("label"), n.optionalText("help"), n.flag("required", false), choices,
                choicesFrom, minSelections, min, max, n.optionalText("unit"), when);
    }

    private List<Choice> choices(Node n, QuestionType type, String choicesFrom) {
        List<Choice> choices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node c : n.list("choices", false)) {
            c.allowOnly("id", "label");
            Choice choice = new Choice(c.text("id"), c.text("label"));
            unique(ids, choice.id(), c, "choice");
            choices.add(choice);
        }
        if (choicesFrom != null) {
            Question from = questions.get(choicesFrom);
            if (type != QuestionType.SINGLE || from == null || from.type() != QuestionType.MULTI) {
                problems.add(n.path() + ".choicesFrom", "must name an earlier multiple-choice question, on a single-choice question");
            } else if (choices.isEmpty()) {
                choices.addAll(from.choices());
            } else {
                choices.stream().filter(c -> !from.hasChoice(c.id())).forEach(c -> problems.add(n.path() + ".choices",
                        "choice '" + c.id() + "' is not a choice of '" + choicesFrom + "'"));
            }
        }
        if (type.hasChoices() && choices.isEmpty()) {
            problems.add(n.path() + ".choices", "a choice question needs choices");
        }
        if (!type.hasChoices() && !choices.isEmpty()) {
            problems.add(n.path() + ".choices", "only single and multi questions have choices");
        }
        return choices;
    }

    private Factor factor(Node n) {
        n.allowOnly("id", "title", "dimension", "rationale", "sources", "appliesWhen", "pathways", "drivers");
        String id = n.text("id");
        String dimensionId = n.text("dimension");
        Dimension dimension = Dimension.fromId(dimensionId).orElse(null);
        if (dimension == null) {
            problems.add(n.path() + ".dimension", "unknown dimension '" + dimensionId + "': contractual or availability");
            dimension = Dimension.CONTRACTUAL;
        }
        Map<String, FactorWeight> weights = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : n.entries("pathways")) {
            knownPathway(e.getKey(), e.getValue());
            e.getValue().allowOnly("base", "max", "appliesWhen");
            weights.put(e.getKey(), new FactorWeight(e.getValue().requiredNumber("base"),
                    e.getValue().requiredNumber("max"), answersOnly().optional(e.getValue(), "appliesWhen")));
        }
        if (weights.isEmpty()) {
            problems.add(n.path() + ".pathways", "a factor must touch at least one pathway");
        }
        List<Driver> drivers = new ArrayList<>();
        for (Node d : n.list("drivers", false)) {
            d.allowOnly("when", "points", "because");
            drivers.add(new Driver(answersOnly().read(d.field("when")), points(d, weights.keySet()),
                    d.text("because")));
        }
        return new Factor(id, n.text("title"), dimension, n.text("rationale"), sourceRefs(n), weights, drivers,
                answersOnly().optional(n, "appliesWhen"));
    }

    /** A driver's points: one number for every pathway of the factor, or a map per pathway. */
    private Map<String, Double> points(Node driver, Set<String> factorPathways) {
        Node points = driver.field("points");
        Map<String, Double> byPathway = new LinkedHashMap<>();
        if (points.json().isNumber()) {
            factorPathways.forEach(p -> byPathway.put(p, points.json().asDouble()));
        } else if (points.json().isObject()) {
            for (Map.Entry<String, Node> e : driver.entries("points")) {
                if (!factorPathways.contains(e.getKey())) {
                    problems.add(e.getValue().path(), "the factor does not touch pathway '" + e.getKey() + "'");
                }
                if (!e.getValue().json().isNumber()) {
                    problems.add(e.getValue().path(), "a number is required");
                }
                byPathway.put(e.getKey(), e.getValue().json().asDouble());
            }
        } else {
            problems.add(points.path(), "a number, or a map of pathway to number, is required");
        }
        return byPathway;
    }

    private Scenario scenario(Node n) {
        List<Effect> effects = new ArrayList<>();
        n.allowOnly("id", "title", "description", "probability", "default", "sources", "effects");
        for (Node e : n.list("effects", false)) {
            e.allowOnly("factor", "pathways", "multiply", "add");
            String factor = e.text("factor");
            if (!factorIds.contains(factor)) {
                problems.add(e.path() + ".factor", "unknown factor '" + factor + "'");
            }
            List<String> pathways = e.texts("pathways", false);
            pathways.forEach(p -> knownPathway(p, e));
            effects.add(new Effect(factor, new HashSet<>(pathways), e.number("multiply", 1), e.number("add", 0)));
        }
        return new Scenario(n.text("id"), n.text("title"), n.text("description"), n.requiredNumber("probability"),
                n.flag("default", false), sourceRefs(n), effects);
    }

    private Recommendation recommendation(Node n) {
        n.allowOnly("id", "pathway", "priority", "title", "detail", "factors", "when", "counterparty", "ask",
                "fallback", "why");
        String pathway = n.text("pathway");
        if (!Recommendation.ALL_PATHWAYS.equals(pathway)) {
            knownPathway(pathway, n);
        }
        List<String> factors = n.texts("factors", false);
        factors.stream().filter(f -> !factorIds.contains(f))
                .forEach(f -> problems.add(n.path() + ".factors", "unknown factor '" + f + "'"));
        ConditionReader scoring = new ConditionReader(questions, true, factorIds, scenarioIds, pathwayIds);
        String counterparty = format < 2 ? n.optionalText("counterparty") : n.text("counterparty");
        if (counterparty != null && !Recommendation.COUNTERPARTIES.contains(counterparty)) {
            problems.add(n.path() + ".counterparty", "unknown counterparty '" + counterparty + "': "
                    + String.join(", ", Recommendation.COUNTERPARTIES));
        }
        String ask = format < 2 ? n.optionalText("ask") : n.text("ask");
        String why = format < 2 ? n.optionalText("why") : n.text("why");
        return new Recommendation(n.text("id"), pathway, (int) n.requiredNumber("priority"), n.text("title"),
                n.text("detail"), factors, scoring.optional(n, "when"), counterparty, ask, n.optionalText("fallback"),
                why);
    }

    private ViabilityRules viability(Node n) {
        n.allowOnly("preview", "constraints");
        Node preview = n.field("preview").allowOnly("when", "message");
        ConditionReader withScenarios = new ConditionReader(Map.copyOf(questions), true, Set.of(), scenarioIds,
                pathwayIds);
        ViabilityRules.PreviewRule rule = new ViabilityRules.PreviewRule(withScenarios.optional(preview, "when"),
                preview.text("message"));
        List<ViabilityRules.Constraint> constraints = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node c : n.list("constraints", false)) {
            c.allowOnly("id", "pathways", "products", "status", "when", "message", "sources");
            String id = c.text("id");
            unique(ids, id, c, "constraint");
            List<String> pathways = c.texts("pathways", true);
            pathways.forEach(p -> knownPathway(p, c));
            List<String> products = c.texts("products", false);
            products.forEach(p -> knownProduct(p, c));
            String statusId = c.text("status");
            Viability status = Viability.fromId(statusId).filter(v -> v != Viability.VIABLE).orElse(null);
            if (status == null) {
                problems.add(c.path() + ".status", "status must be partial or not_viable, found '" + statusId + "'");
                status = Viability.PARTIAL;
            }
            constraints.add(new ViabilityRules.Constraint(id, new HashSet<>(pathways), products, status,
                    withScenarios.read(c.field("when")), c.text("message"), sourceRefs(c)));
        }
        return new ViabilityRules(rule, constraints);
    }

    /** The product question's choices: what coverage and constraints may name. */
    void knownProduct(String product, Node where) {
        Question q = questions.get(PRODUCTS);
        if (q == null || !q.hasChoice(product)) {
            problems.add(where.path(), "unknown product '" + product + "' (not a choice of " + PRODUCTS + ")");
        }
    }

    Question productQuestion() {
        return questions.get(PRODUCTS);
    }

    Set<String> pathwayIds() {
        return pathwayIds;
    }

    List<Source> sourceRefs(Node n) {
        List<Source> refs = new ArrayList<>();
        for (String id : n.texts("sources", true)) {
            Source source = sources.get(id);
            if (source == null) {
                problems.add(n.path() + ".sources", "unknown source '" + id + "'");
            } else {
                refs.add(source);
            }
        }
        return refs;
    }

    private ConditionReader answersOnly() {
        return new ConditionReader(Map.copyOf(questions), false, Set.of(), Set.of(), Set.of());
    }

    void knownPathway(String id, Node where) {
        if (!pathwayIds.contains(id)) {
            problems.add(where.path(), "unknown pathway '" + id + "'");
        }
    }

    private void unique(Set<String> seen, String id, Node where, String kind) {
        if (!seen.add(id)) {
            problems.add(where.path() + ".id", "duplicate " + kind + " id '" + id + "'");
        }
    }
}
