package com.procurementrisk.models;

import com.procurementrisk.audit.AuditLog;
import com.procurementrisk.scoring.load.InvalidModelException;
import com.procurementrisk.scoring.load.ModelLoader;
import com.procurementrisk.scoring.model.RiskModel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Publishing model versions without a redeploy: list them, upload one (validated exactly like
 * the shipped models, every problem listed, stored as a draft), read one, activate one. Uploads,
 * refused uploads and activations are in the audit log. Who may do this is decided at the edges
 * (administrators only).
 */
@ApplicationScoped
public class ModelVersions {

    /** A version names a page and an API path: letters, digits, dots, dashes and underscores. */
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    /** The outcome of an upload: the version, and whether it was new (false: the same text was there already). */
    public record Upload(ModelVersion version, boolean created) {
    }

    private final ModelRegistry registry;
    private final AuditLog audit;
    private final Instance<SecurityIdentity> identity;

    ModelVersions(ModelRegistry registry, AuditLog audit, Instance<SecurityIdentity> identity) {
        this.registry = registry;
        this.audit = audit;
        this.identity = identity;
    }

    /** Every version, newest facts first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModelVersion> list() {
        String active = registry.activeVersion();
        Map<String, ModelActivationEntity> lastActivation = lastActivations();
        Map<String, ModelVersion> all = new LinkedHashMap<>();
        registry.builtIn().forEach((version, b) -> all.put(version, new ModelVersion(version, b.model().info().id(),
                b.model().info().title(), b.model().info().asOf(), ModelVersion.BUILT_IN,
                status(version, active, lastActivation, version.equals(registry.configuredVersion()), false), null, null,
                by(lastActivation.get(version)),
                at(lastActivation.get(version)))));
        for (ModelVersionEntity e : ModelVersionEntity.<ModelVersionEntity>listAll()) {
            all.putIfAbsent(e.version, view(e, active, lastActivation));
        }
        List<ModelVersion> sorted = new ArrayList<>(all.values());
        sorted.sort(Comparator.comparing(ModelVersion::asOf).thenComparing(ModelVersion::version).reversed());
        return sorted;
    }

    /** One version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ModelVersion get(String version) {
        return list().stream().filter(v -> v.version().equals(version)).findFirst()
                .orElseThrow(() -> new UnknownModelVersionException(version));
    }

    /** The model file of a version, exactly as shipped or uploaded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String text(String version) {
        return storedText(version).orElseThrow(() -> new UnknownModelVersionException(version));
    }

    /** The model file of a version, exactly as shipped or uploaded, if the version is known here. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> findText(String version) {
        return version == null ? Optional.empty() : storedText(version);
    }

    /** The model of a version, validated (again, for an uploaded one: the checks may have grown since). */
    public RiskModel model(String version) {
        return registry.model(version).orElseThrow(() -> new UnknownModelVersionException(version));
    }

    /**
     * Validates an uploaded model file like the shipped ones and stores it as a draft. The same
     * version with the same text again is answered with the stored one (nothing new is stored).
     *
     * @throws InvalidModelException         listing every problem; nothing is stored
     * @throws ModelVersionConflictException when the version exists with another text
     */
    public Upload upload(String text) {
        RiskModel model;
        try {
            if (text == null || text.isBlank()) {
                throw new InvalidModelException("the upload", List.of("model: the file is empty"));
            }
            model = ModelLoader.fromText(text, "the upload");
            if (!VERSION.matcher(model.version()).matches()) {
                throw new InvalidModelException("the upload", List.of("model.version: '" + model.version()
                        + "' cannot be published: use up to 40 letters, digits, dots, dashes or underscores"));
            }
        } catch (InvalidModelException e) {
            audit.record("model.upload-refused", null, e.problems().size() + " problem(s): "
                    + String.join("; ", e.problems()));
            throw e;
        }
        String version = model.version();
        Optional<String> existing = storedText(version);
        if (existing.isPresent()) {
            if (sha256(existing.get()).equals(sha256(text))) {
                return new Upload(get(version), false);
            }
            audit.record("model.upload-refused", version, "the version exists with a different text");
            throw new ModelVersionConflictException(version);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            ModelVersionEntity e = new ModelVersionEntity();
            e.version = version;
            e.modelId = model.info().id();
            e.asOf = model.info().asOf();
            e.title = cut(model.info().title(), 300);
            e.content = text;
            e.sha256 = sha256(text);
            e.uploadedBy = actor();
            e.uploadedAt = now();
            e.persist();
            audit.record("model.uploaded", version, "draft; model " + e.modelId + " as of " + e.asOf + ", sha256 "
                    + e.sha256.substring(0, 12));
        });
        return new Upload(get(version), true);
    }

    /**
     * Makes a version the one in force on every replica (this one at once, the others within the
     * refresh interval). Activating the active version changes nothing. An earlier version is
     * activated the same way (a rollback).
     *
     * @throws InvalidModelException when the version does not pass the checks (it is never activated)
     */
    public ModelVersion activate(String version) {
        model(version);
        String previous = registry.activeVersion();
        if (!previous.equals(version)) {
            QuarkusTransaction.requiringNew().run(() -> {
                ModelActivationEntity a = new ModelActivationEntity();
                a.version = version;
                a.activatedBy = actor();
                a.activatedAt = now();
                a.persist();
                audit.record("model.activated", version, "was " + previous);
            });
        }
        registry.refresh();
        return get(version);
    }

    private Optional<String> storedText(String version) {
        ModelRegistry.BuiltIn shipped = registry.builtIn().get(version);
        if (shipped != null) {
            return Optional.of(shipped.text());
        }
        return ModelVersionEntity.<ModelVersionEntity>findByIdOptional(version).map(e -> e.content);
    }

    private static Map<String, ModelActivationEntity> lastActivations() {
        Map<String, ModelActivationEntity> last = new LinkedHashMap<>();
        for (ModelActivationEntity a : ModelActivationEntity.<ModelActivationEntity>listAll()) {
            last.merge(a.version, a, (x, y) -> x.id > y.id ? x : y);
        }
        return last;
    }

    private static ModelVersion view(ModelVersionEntity e, String active, Map<String, ModelActivationEntity> last) {
        ModelActivationEntity a = last.get(e.version);
        return new ModelVersion(e.version, e.modelId, e.title, e.asOf, ModelVersion.UPLOADED,
                status(e.version, active, last, false, true), e.uploadedBy, e.uploadedAt, by(a), at(a));
    }

    /**
     * active; retired: active before (activated, or the configured version before the first
     * activation); else draft (uploaded) or available (shipped).
     */
    private static String status(String version, String active, Map<String, ModelActivationEntity> last,
                                 boolean configured, boolean uploaded) {
        if (version.equals(active)) {
            return "active";
        }
        if (last.containsKey(version) || configured && !last.isEmpty()) {
            return "retired";
        }
        return uploaded ? "draft" : "available";
    }

    private static String by(ModelActivationEntity a) {
        return a == null ? null : a.activatedBy;
    }

    private static OffsetDateTime at(ModelActivationEntity a) {
        return a == null ? null : a.activatedAt;
    }

    private String actor() {
        try {
            SecurityIdentity who = identity.get();
            return who.isAnonymous() ? AuditLog.ANONYMOUS : cut(who.getPrincipal().getName(), 100);
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return "system";
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
