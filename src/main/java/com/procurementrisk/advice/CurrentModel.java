package com.procurementrisk.advice;

import com.procurementrisk.config.AdvisorConfig;
import com.procurementrisk.scoring.load.ModelLoader;
import com.procurementrisk.scoring.model.RiskModel;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The risk model version in force, loaded and validated once at start-up. The application
 * refuses to start on an invalid model, with a message listing every problem. The model is
 * immutable data, so sharing it between requests keeps no request state in memory.
 */
@Startup
@ApplicationScoped
public class CurrentModel {

    private final RiskModel model;

    CurrentModel(AdvisorConfig config) {
        this.model = ModelLoader.fromLocation(config.model().resource());
        Log.infof("Risk model %s version %s (as of %s) loaded: %d questions, %d factors, %d scenarios, %d recommendations",
                model.info().id(), model.version(), model.info().asOf(), model.questionnaire().questions().size(),
                model.factors().size(), model.scenarios().size(), model.recommendations().size());
    }

    public RiskModel get() {
        return model;
    }
}
