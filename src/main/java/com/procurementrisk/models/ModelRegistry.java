package com.procurementrisk.models;

import com.procurementrisk.config.AdvisorConfig;
import com.procurementrisk.scoring.load.InvalidModelException;
import com.procurementrisk.scoring.load.ModelLoader;
import com.procurementrisk.scoring.model.RiskModel;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every model version the application knows, and the one in force. The versions shipped with
 * the application are read and validated at start-up (the application refuses to start on an
 * invalid one); uploaded versions are read from the database when first needed. A parsed model
 * is immutable, so each version is parsed once and shared. The active version is the latest
 * activation in the database, else the configured {@code advisor.model.resource}; each replica
 * checks it every {@code advisor.model.refresh-interval} (the replica that activates switches
 * at once).
 */
@ApplicationScoped
public class ModelRegistry {

    /** A version shipped with the application: where it is read from, its text and its model. */
    record BuiltIn(String location, String text, RiskModel model) {
    }

    private final Map<String, BuiltIn> builtIn;
    private final String configuredVersion;
    private final Map<String, RiskModel> uploaded = new ConcurrentHashMap<>();
    private volatile RiskModel active;

    ModelRegistry(AdvisorConfig config) {
        Set<String> locations = new LinkedHashSet<>(config.model().builtIn());
        locations.add(config.model().resource());
        Map<String, BuiltIn> versions = new LinkedHashMap<>();
        for (String location : locations) {
            String text = ModelLoader.readText(location);
            RiskModel model = ModelLoader.fromText(text, location);
            BuiltIn earlier = versions.put(model.version(), new BuiltIn(location, text, model));
            if (earlier != null && !earlier.text().equals(text)) {
                throw new InvalidModelException(location, java.util.List.of("model.version: " + model.version()
                        + " is also the version of " + earlier.location() + ", whose text differs"));
            }
        }
        this.builtIn = Collections.unmodifiableMap(versions);
        this.active = versions.values().stream().filter(b -> b.location().equals(config.model().resource()))
                .findFirst().orElseThrow().model();
        this.configuredVersion = active.version();
        Log.infof("Risk model %s version %s (as of %s) configured: %d questions, %d factors, %d scenarios, "
                        + "%d recommendations; shipped versions: %s", active.info().id(), active.version(),
                active.info().asOf(), active.questionnaire().questions().size(), active.factors().size(),
                active.scenarios().size(), active.recommendations().size(), versions.keySet());
    }

    void onStart(@Observes StartupEvent event) {
        refresh();
    }

    /** The model in force on this replica. */
    public RiskModel active() {
        return active;
    }

    /** The version named by {@code advisor.model.resource}, active while nothing was ever activated. */
    public String configuredVersion() {
        return configuredVersion;
    }

    /**
     * The model of a version, shipped or uploaded, if there is one.
     *
     * @throws InvalidModelException when a stored version no longer passes the checks (it is
     *                               validated again whenever it is read)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RiskModel> model(String version) {
        if (version == null) {
            return Optional.empty();
        }
        BuiltIn shipped = builtIn.get(version);
        if (shipped != null) {
            return Optional.of(shipped.model());
        }
        RiskModel cached = uploaded.get(version);
        if (cached != null) {
            return Optional.of(cached);
        }
        return ModelVersionEntity.<ModelVersionEntity>findByIdOptional(version).map(e -> uploaded.computeIfAbsent(
                version, v -> ModelLoader.fromText(e.content, "stored model version " + v)));
    }

    /** The model a result saved under {@code version} is shown with: that version's, else the active one. */
    public RiskModel modelOrActive(String version) {
        try {
            return model(version).orElseGet(this::active);
        } catch (InvalidModelException e) {
            return active;
        }
    }

    /** The versions shipped with the application, by version. */
    Map<String, BuiltIn> builtIn() {
        return builtIn;
    }

    /** The version the database says is active (the latest activation), else the configured one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String activeVersion() {
        return ModelActivationEntity.latest().map(a -> a.version).orElse(configuredVersion);
    }

    /**
     * Follows the latest activation: a cheap query every few seconds on every replica. A version
     * this replica cannot use (unknown here, or no longer valid) is logged and the model in
     * force is kept.
     */
    @Scheduled(every = "${advisor.model.refresh-interval:5s}", delayed = "${advisor.model.refresh-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        String wanted = activeVersion();
        RiskModel current = active;
        if (wanted.equals(current.version())) {
            return;
        }
        try {
            Optional<RiskModel> next = model(wanted);
            if (next.isEmpty()) {
                Log.errorf("The active risk model version %s is unknown to this replica; still using %s",
                        wanted, current.version());
                return;
            }
            active = next.get();
            Log.infof("Risk model version %s is now active (was %s)", wanted, current.version());
        } catch (InvalidModelException e) {
            Log.errorf("The active risk model version %s cannot be used here; still using %s: %s", wanted,
                    current.version(), e.getMessage());
        }
    }
}
