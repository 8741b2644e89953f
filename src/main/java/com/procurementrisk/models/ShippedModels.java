package com.procurementrisk.models;

import com.procurementrisk.config.AdvisorConfig;
import com.procurementrisk.scoring.load.InvalidModelException;
import com.procurementrisk.scoring.load.ModelLoader;
import com.procurementrisk.scoring.model.RiskModel;
import jakarta.inject.Singleton;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The versions shipped with the application ({@code advisor.model.built-in} and {@code
 * advisor.model.resource}), read and validated once. {@link #begin()} reads them on a thread of
 * their own while the framework is still starting (the HTTP layer calls it when it sets up its
 * routes, well before the start-up event: {@code http/EarlyStart}), so that parsing them overlaps
 * the rest of the framework's start (templates, Hibernate) instead of following it; {@link ModelRegistry} waits for
 * the result when it is created at start-up, and an invalid shipped model still stops the start
 * with the same exception. Without {@link #begin()} the models are read by the first caller of
 * {@link #get()}, as before.
 */
@Singleton
public class ShippedModels {

    private final AdvisorConfig config;
    private final FutureTask<Map<String, ModelRegistry.BuiltIn>> reading = new FutureTask<>(this::read);
    private final AtomicBoolean begun = new AtomicBoolean();

    ShippedModels(AdvisorConfig config) {
        this.config = config;
    }

    /** Starts reading the shipped versions in the background, if nobody has started yet. */
    public void begin() {
        if (begun.compareAndSet(false, true)) {
            Thread thread = new Thread(reading, "shipped-risk-models");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * The shipped versions by version, in the order configured; waits for {@link #begin()}'s
     * thread, or reads them here when it was never started.
     *
     * @throws InvalidModelException when a shipped version is invalid, or two differ under one version
     */
    Map<String, ModelRegistry.BuiltIn> get() {
        if (begun.compareAndSet(false, true)) {
            reading.run();
        }
        try {
            return reading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot read the shipped risk models", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the shipped risk models", e);
        }
    }

    private Map<String, ModelRegistry.BuiltIn> read() {
        Set<String> locations = new LinkedHashSet<>(config.model().builtIn());
        locations.add(config.model().resource());
        Map<String, ModelRegistry.BuiltIn> versions = new LinkedHashMap<>();
        for (String location : locations) {
            String text = ModelLoader.readText(location);
            RiskModel model = ModelLoader.fromText(text, location);
            ModelRegistry.BuiltIn earlier = versions.put(model.version(), new ModelRegistry.BuiltIn(location, text, model));
            if (earlier != null && !earlier.text().equals(text)) {
                throw new InvalidModelException(location, List.of("model.version: " + model.version()
                        + " is also the version of " + earlier.location() + ", whose text differs"));
            }
        }
        return Collections.unmodifiableMap(versions);
    }
}
