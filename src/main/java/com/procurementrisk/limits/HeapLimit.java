package com.procurementrisk.limits;

import com.procurementrisk.config.AdvisorConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Optional;

/**
 * Says at start when the JVM may grow its heap far beyond what the application needs. Started
 * without {@code -Xmx}, the JVM takes up to a quarter of the machine's memory and, under load,
 * uses it (several GB of resident memory) although the application runs in a 96 MiB heap (the
 * images' setting, docs/benchmarks.md "Memory"). A plain jar cannot set its own heap, so the
 * documented ways to run it give {@code -Xmx} (README, deploy/, dev-support/), and a start
 * without one is told so in the log, with the command to use.
 */
@ApplicationScoped
public class HeapLimit {

    private final long warnAbove;

    HeapLimit(AdvisorConfig config) {
        this.warnAbove = config.memory().heapWarningAbove().asLongValue();
    }

    void atStart(@Observes StartupEvent start) {
        warning(Runtime.getRuntime().maxMemory(), warnAbove).ifPresent(Log::warn);
    }

    /** The warning for a JVM whose heap may grow to {@code maxHeap} bytes, if that is above {@code warnAbove}. */
    static Optional<String> warning(long maxHeap, long warnAbove) {
        if (warnAbove <= 0 || maxHeap == Long.MAX_VALUE || maxHeap <= warnAbove) {
            return Optional.empty();
        }
        return Optional.of("The heap may grow to " + maxHeap / (1024 * 1024) + " MiB (no -Xmx given: the JVM takes a "
                + "quarter of this machine's memory), and under load it will. The application runs in 96 MiB: start "
                + "it with java -XX:+UseSerialGC -Xmx96m -jar quarkus-run.jar (README, \"Run the packaged "
                + "application\"), or set ADVISOR_MEMORY_HEAP_WARNING_ABOVE=0 to silence this.");
    }
}
