package io.trustplane.core.guard.injection;

import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rough single-thread latency of the fast path on 1 KB texts: dev rows concatenated and cut into
 * 1024-char pieces, 30 warm-up rounds, then every piece timed with {@code System.nanoTime}.
 * Run: {@code java -cp ... io.trustplane.core.guard.injection.InjectionLatencyProbe}.
 */
public final class InjectionLatencyProbe {
    public static void main(String[] args) throws Exception {
        List<PromptRows.Row> rows = PromptRows.read(PromptRows.defaultPath());
        StringBuilder all = new StringBuilder();
        for (PromptRows.Row r : rows) {
            if (r.split().equals("dev")) {
                all.append(r.text()).append('\n');
            }
        }
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i + 1024 <= all.length(); i += 1024) {
            pieces.add(all.substring(i, i + 1024));
        }
        InjectionDetector det = InjectionDetector.withDefaults();
        for (int round = 0; round < 30; round++) {
            for (String p : pieces) {
                det.scan(TextSegment.input(p), ScanContext.EMPTY);
            }
        }
        long[] lat = new long[pieces.size()];
        for (int i = 0; i < lat.length; i++) {
            long t0 = System.nanoTime();
            det.scan(TextSegment.input(pieces.get(i)), ScanContext.EMPTY);
            lat[i] = System.nanoTime() - t0;
        }
        Arrays.sort(lat);
        System.out.printf("fast path, %d texts of 1 KB: p50 %.1f us, p90 %.1f us, p99 %.1f us, max %.1f us%n", lat.length,
                lat[lat.length / 2] / 1e3, lat[(int) (lat.length * 0.9)] / 1e3, lat[(int) (lat.length * 0.99)] / 1e3,
                lat[lat.length - 1] / 1e3);
    }
}
