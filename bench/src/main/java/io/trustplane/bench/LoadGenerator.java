package io.trustplane.bench;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Drives a running TrustPlane server over HTTP and reports throughput and latency percentiles.
 *
 * <p>Closed loop by default: each connection sends its next request as soon as the previous answer
 * arrived, so the offered load adapts to the server and the latency is what a client at that concurrency
 * sees. With {@code --rate} it is an open loop at a fixed request rate (see {@link NioLoadLoop}). A
 * warm-up period (JIT, pools, caches) runs first and is not measured.
 */
@Command(name = "trustplane-bench", mixinStandardHelpOptions = true,
        description = "HTTP load generator for TrustPlane ingestion (native POST /api/v1/traces, OTLP/HTTP protobuf "
                + "POST /otlp/v1/traces, prediction logging and ground truth of a benchmark model) and its no-op baseline, "
                + "and for the OpenAI-compatible gateway against calling its upstream directly.")
public final class LoadGenerator implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "Server base URL (default: ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--key", description = "Project API key. Either this or --admin-key.")
    String key;

    @Option(names = "--admin-key", description = "Admin key: a fresh organization, project and key are created for the run.")
    String adminKey;

    @Option(names = "--endpoint", defaultValue = "traces", description = "traces (native JSON), otlp (OTLP/HTTP "
            + "protobuf), predictions (of the model " + PredictionBodies.MODEL + ", registered if absent), ground-truth (for "
            + "the predictions of an earlier run: give its --run-id), noop, chat or chat-stream (through the gateway: the project "
            + "needs an upstream serving " + ChatBodies.MODEL + "), upstream-chat or upstream-chat-stream (the same straight to "
            + "the upstream at --url) (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--batch", defaultValue = "100", description = "Spans, predictions or ground-truth items per request "
            + "(default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--features", defaultValue = "" + PredictionBodies.DEFAULT_FEATURES, description = "Features per "
            + "prediction, all declared in the model (default: ${DEFAULT-VALUE}).")
    int features;

    @Option(names = "--run-id", description = "What every id of the run starts with (default: the time). Ground truth "
            + "joins the predictions of the run with the same id, sent with the same --batch and --connections.")
    String runId;

    @Option(names = "--setup-only", description = "Only prepare: create the project and key (with --admin-key), register "
            + "the benchmark model, print the project key and exit.")
    boolean setupOnly;

    @Option(names = "--connections", defaultValue = "32", description = "Concurrent keep-alive connections (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--duration", defaultValue = "20s", description = "Measured time, e.g. 20s or PT1M (default: ${DEFAULT-VALUE}).",
            converter = DurationConverter.class)
    Duration duration;

    @Option(names = "--warmup", defaultValue = "5s", description = "Unmeasured warm-up time (default: ${DEFAULT-VALUE}).",
            converter = DurationConverter.class)
    Duration warmup;

    @Option(names = "--threads", defaultValue = "2", description = "Event-loop threads sharing the connections "
            + "(default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--rate", defaultValue = "0", description = "Open loop: requests per second in total, sent on "
            + "schedule whatever the latency; latency then counts from when a request was due. 0 (default): closed loop.")
    double rate;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadGenerator()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        validate();
        String run = runId != null ? runId : Long.toString(System.currentTimeMillis(), 36);
        String projectKey = key != null ? key : AdminSetup.createProjectKey(url, adminKey, run);
        if (setupOnly || Endpoint.of(endpoint).needsModel()) {
            AdminSetup.registerModel(url, projectKey, features);
        }
        if (setupOnly) {
            System.out.println(projectKey);
            return 0;
        }
        LoadResult result = run(projectKey, run);
        System.out.println(json ? result.json() : result.summary());
        return result.ok() > 0 ? 0 : 1;
    }

    private void validate() {
        if ((key == null) == (adminKey == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --key and --admin-key");
        }
        try {
            Endpoint.of(endpoint);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (batch < 1 || batch > 10_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be from 1 to 10000");
        }
        if (features < 0 || features > PredictionBodies.MAX_FEATURES) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--features must be from 0 to " + PredictionBodies.MAX_FEATURES);
        }
        if (runId != null && !runId.matches("[A-Za-z0-9_.]{1,40}")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--run-id must be 1-40 letters, digits, '.' or '_'");
        }
        if (connections < 1 || connections > 4096) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--connections must be from 1 to 4096");
        }
        if (threads < 1 || threads > 64) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be from 1 to 64");
        }
        if (!(rate >= 0 && rate <= 10_000_000)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rate must be from 0 (closed loop) to 10000000 requests/s");
        }
        if (duration.isNegative() || duration.isZero() || warmup.isNegative()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--duration must be positive and --warmup not negative");
        }
    }

    LoadResult run(String projectKey, String runId) throws java.io.IOException {
        Endpoint target = Endpoint.of(endpoint);
        var loop = new NioLoadLoop(url, target, projectKey, c -> target.bodies(runId, c, batch, features), connections, threads);
        NioLoadLoop.Outcome outcome = loop.run(warmup.toNanos(), duration.toNanos(), rate);
        return new LoadResult(target, batch, target.bodies(runId, 0, batch, features).size(), connections, rate,
                duration.toNanos() / 1e9, outcome.ok(), outcome.failures(), outcome.latencyMicros());
    }

    /** Accepts {@code 20s}, {@code 2m}, {@code 500ms} or ISO-8601 ({@code PT20S}). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(java.util.Locale.ROOT);
            try {
                if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                if (v.endsWith("s")) return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
                if (v.endsWith("m")) return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
                return Duration.parse(value.trim());
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration like 20s, 2m or PT20S");
            }
        }
    }
}
