package io.quarkus.qute.debug.adapter;

import io.quarkus.qute.EngineBuilder;

/**
 * Stand-in for the Qute template debugger's registrar (io.quarkus.qute:qute-debug:3.30.8 is
 * not served by the package registry this project builds from). Quarkus' dev mode creates
 * one at start-up; with quarkus.qute.debug.enabled=false nothing else is asked of it.
 * See docs/build.md.
 */
public class RegisterDebugServerAdapter implements EngineBuilder.EngineListener {

    /** No debug server runs. */
    public Integer getPort() {
        return null;
    }

    public void reset() {
        // nothing to reset
    }
}
