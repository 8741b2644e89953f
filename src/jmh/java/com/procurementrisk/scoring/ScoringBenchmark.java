package com.procurementrisk.scoring;

import com.procurementrisk.scoring.load.ModelLoader;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The scoring core on one thread, for every buyer archetype (20) under the current model:
 * a full scoring (every pathway explained, every scenario summarised) under each of the
 * model's scenarios, the what-if analysis alone, and both together as the results page needs them.
 * Scores are per scoring (or per analysis): JMH divides by {@link OperationsPerInvocation}.
 * Run as docs/benchmarks.md says, with {@code -prof gc} for bytes allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

    static final String MODEL = "risk-model/openai-procurement-2026.12.0.yaml";
    static final int BUYERS = 20;
    static final int SCENARIOS = 8;

    RiskModel model;
    List<Answers> buyers;
    List<Scenario> scenarios;
    Scenario current;

    @Setup
    public void load() {
        model = ModelLoader.fromClasspath(MODEL);
        buyers = BuyerArchetypes.all().stream().map(a -> a.read(model)).toList();
        scenarios = model.scenarios();
        current = model.defaultScenario();
        if (buyers.size() != BUYERS || scenarios.size() != SCENARIOS) {
            throw new IllegalStateException("update BUYERS and SCENARIOS: the operation counts depend on them");
        }
    }

    /** One full scoring: per buyer, per scenario. */
    @Benchmark
    @OperationsPerInvocation(BUYERS * SCENARIOS)
    public void fullScoring(Blackhole out) {
        for (Answers answers : buyers) {
            for (Scenario scenario : scenarios) {
                out.consume(ScoringEngine.score(model, answers, scenario));
            }
        }
    }

    /** The what-if analysis of one buyer under the default scenario. */
    @Benchmark
    @OperationsPerInvocation(BUYERS)
    public void whatIf(Blackhole out) {
        for (Answers answers : buyers) {
            out.consume(Sensitivity.analyse(model, answers, current, 3));
        }
    }

    /** A full scoring with its what-if analysis, as the results page computes them. */
    @Benchmark
    @OperationsPerInvocation(BUYERS)
    public void scoringWithWhatIf(Blackhole out) {
        for (Answers answers : buyers) {
            out.consume(ScoringEngine.score(model, answers, current));
            out.consume(Sensitivity.analyse(model, answers, current, 3));
        }
    }
}
