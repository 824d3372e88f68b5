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
                + "POST /otlp/v1/traces) and its no-op baseline.")
public final class LoadGenerator implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "Server base URL (default: ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--key", description = "Project API key. Either this or --admin-key.")
    String key;

    @Option(names = "--admin-key", description = "Admin key: a fresh organization, project and key are created for the run.")
    String adminKey;

    @Option(names = "--endpoint", defaultValue = "traces", description = "traces (native JSON), otlp (OTLP/HTTP "
            + "protobuf) or noop (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--batch", defaultValue = "100", description = "Spans per request (default: ${DEFAULT-VALUE}).")
    int batch;

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
        String runId = Long.toString(System.currentTimeMillis(), 36);
        String projectKey = key != null ? key : AdminSetup.createProjectKey(url, adminKey, runId);
        LoadResult result = run(projectKey, runId);
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
        var loop = new NioLoadLoop(url, target, projectKey, runId, batch, connections, threads);
        NioLoadLoop.Outcome outcome = loop.run(warmup.toNanos(), duration.toNanos(), rate);
        return new LoadResult(target, batch, target.bodies(runId, 0, batch).size(), connections, rate,
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
