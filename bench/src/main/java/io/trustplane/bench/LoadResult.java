package io.trustplane.bench;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** What one measured run produced: counts by status and the latency histogram (microseconds). */
record LoadResult(Endpoint endpoint, int batch, int bodyBytes, int connections, double targetRate, double seconds, long ok,
                  Map<String, Long> failures, Histogram latencyMicros) {

    double requestsPerSecond() {
        return ok / seconds;
    }

    double spansPerSecond() {
        return endpoint.ingests ? ok * (double) batch / seconds : 0;
    }

    double percentileMillis(double percentile) {
        return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    String summary() {
        return String.format(java.util.Locale.ROOT,
                "%s batch=%d (%d bytes) connections=%d %s: %.0f req/s, %.0f spans/s, "
                        + "latency ms p50=%.2f p90=%.2f p99=%.2f p99.9=%.2f max=%.2f, failures=%s",
                endpoint.wireName(), batch, bodyBytes, connections,
                targetRate > 0 ? "open loop at " + Math.round(targetRate) + " req/s" : "closed loop",
                requestsPerSecond(), spansPerSecond(), percentileMillis(50), percentileMillis(90), percentileMillis(99),
                percentileMillis(99.9), latencyMicros.getMaxValue() / 1000.0, new TreeMap<>(failures));
    }

    String json() {
        StringBuilder f = new StringBuilder("{");
        new TreeMap<>(failures).forEach((k, v) -> f.append(f.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        f.append('}');
        return String.format(java.util.Locale.ROOT,
                "{\"endpoint\":\"%s\",\"batch\":%d,\"bodyBytes\":%d,\"connections\":%d,\"targetRate\":%.1f,\"seconds\":%.3f,"
                        + "\"requests\":%d,\"requestsPerSecond\":%.1f,"
                        + "\"spansPerSecond\":%.1f,\"p50Ms\":%.3f,\"p90Ms\":%.3f,\"p99Ms\":%.3f,\"p999Ms\":%.3f,\"maxMs\":%.3f,\"failures\":%s}",
                endpoint.wireName(), batch, bodyBytes, connections, targetRate, seconds, ok, requestsPerSecond(), spansPerSecond(),
                percentileMillis(50), percentileMillis(90), percentileMillis(99), percentileMillis(99.9), latencyMicros.getMaxValue() / 1000.0, f);
    }
}
