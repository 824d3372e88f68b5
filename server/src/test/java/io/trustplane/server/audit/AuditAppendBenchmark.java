package io.trustplane.server.audit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.trustplane.core.audit.log.AuditEntry;
import io.trustplane.core.audit.log.AuditLogVerifier;
import io.trustplane.core.audit.log.VerificationReport;
import io.trustplane.core.audit.merkle.MerkleTree;
import io.trustplane.server.TrustPlaneApplication;
import io.trustplane.server.store.SqlTime;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends per second to the real audit log, with the server's default 1 s checkpoints: starts the whole
 * application (temporary data directory, random port), takes the {@link Auditor} bean the server's own
 * callers use, and drives it from N concurrent appenders (virtual threads, closed loop: each appends its next
 * entry as soon as the last one is durable). Per scenario: a warm-up, then a measured window in which every
 * append's latency goes into an HdrHistogram.
 *
 * <p>Also measured in the same run, as references:
 * <ul>
 *   <li>{@code noop}: the same loop with the append replaced by what the caller does before it (the body
 *       serialised by the server's JSON mapper): the harness's own ceiling;
 *   <li>{@code hash-only}: the audit writer's per-entry CPU work without the store, on one thread
 *       (canonical body, canonical leaf, SHA-256, hex, tree append): the ceiling of a single writer thread.
 * </ul>
 * Afterwards it reports the group sizes ({@code trustplane.audit.group.size}), the checkpoints signed during
 * each measured window, and verifies the whole log from the store with {@link AuditLogVerifier}.
 *
 * <p>Not a test (no Test/IT suffix, so surefire and failsafe ignore it); run with {@code bench/audit.sh}.
 * Settings (system properties): {@code bench.appenders} (1,8,64,256), {@code bench.warmup} (5s),
 * {@code bench.duration} (20s), {@code bench.initial-warmup} (15s, at the highest concurrency).
 */
public final class AuditAppendBenchmark {
    private static final HexFormat HEX = HexFormat.of();
    private static final long HOUR_NANOS = 3_600_000_000_000L; // histogram range

    private final Auditor auditor;
    private final JsonMapper json;
    private final JdbcTemplate jdbc;
    private final DistributionSummary groups;
    private final UUID project = UUID.randomUUID();
    private final String actor = "tpk_bench001";
    private final Path wal;
    /** Times DuckDB moved its write-ahead log into the database file (the WAL shrank), counted by {@link #watchWal}. */
    private final AtomicInteger walCheckpoints = new AtomicInteger();

    private AuditAppendBenchmark(ConfigurableApplicationContext context, Path dataDir) {
        this.wal = dataDir.resolve("trustplane.duckdb.wal");
        this.auditor = context.getBean(Auditor.class);
        this.json = context.getBean(JsonMapper.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.groups = context.getBean(MeterRegistry.class).get("trustplane.audit.group.size").summary();
    }

    enum Kind { APPEND, NOOP, HASH_ONLY }

    record Result(Kind kind, int appenders, double seconds, long ops, Histogram latency, double cpuMicrosPerOp,
                  double meanGroup, double commitsPerSecond, int checkpoints, double maxCheckpointGapSeconds,
                  int storeCheckpoints, long gcMillis, double otherCores, String loadBefore, String loadAfter) {
        double perSecond() {
            return ops / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int[] appenders = Arrays.stream(System.getProperty("bench.appenders", "1,8,64,256").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        Duration warmup = Duration.parse("PT" + System.getProperty("bench.warmup", "5s"));
        Duration duration = Duration.parse("PT" + System.getProperty("bench.duration", "20s"));
        Duration initialWarmup = Duration.parse("PT" + System.getProperty("bench.initial-warmup", "15s"));

        Path dataDir = Files.createTempDirectory("trustplane-audit-bench");
        List<Result> results = new ArrayList<>();
        String verification;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TrustPlaneApplication.class).run(
                "--server.port=0",
                "--trustplane.store.data-dir=" + dataDir,
                "--trustplane.security.admin-key=audit-bench-admin-" + UUID.randomUUID(),
                "--trustplane.log.format=text",
                "--logging.level.root=WARN",
                "--logging.level.io.trustplane.server.secrets=ERROR")) { // not the warning about the generated master key
            AuditAppendBenchmark bench = new AuditAppendBenchmark(context, dataDir);
            Thread.ofPlatform().daemon(true).name("wal-watch").start(bench::watchWal);
            log("machine: %d cores, %s; java %s; load %s", Runtime.getRuntime().availableProcessors(),
                    memory(), System.getProperty("java.version"), loadAverage());
            log("checkpoint interval: %s, max group: %s", context.getEnvironment().getProperty("trustplane.audit.checkpoint-interval"),
                    context.getEnvironment().getProperty("trustplane.audit.max-group"));

            log("warming up: %d appenders for %ds (not measured)", Arrays.stream(appenders).max().orElse(64), initialWarmup.toSeconds());
            bench.run(Kind.APPEND, Arrays.stream(appenders).max().orElse(64), Duration.ZERO, initialWarmup);
            bench.run(Kind.NOOP, 1, Duration.ZERO, initialWarmup.dividedBy(3));
            bench.run(Kind.HASH_ONLY, 1, Duration.ZERO, initialWarmup.dividedBy(3));

            results.add(bench.run(Kind.NOOP, 1, warmup, duration));
            results.add(bench.run(Kind.HASH_ONLY, 1, warmup, duration));
            for (int n : appenders) {
                results.add(bench.run(Kind.APPEND, n, warmup, duration));
            }
            verification = bench.verify(context);
        } finally {
            deleteRecursively(dataDir);
        }
        print(results, verification);
    }

    // ---- one scenario

    private volatile int phase; // 0 warm-up, 1 measuring, 2 stop

    private Result run(Kind kind, int appenders, Duration warmup, Duration duration) throws InterruptedException {
        if (!warmup.isZero() || kind == Kind.APPEND) {
            log("%s, %d appender(s): warm-up %ds, measured %ds", kind.name().toLowerCase(Locale.ROOT), appenders,
                    warmup.toSeconds(), duration.toSeconds());
        }
        phase = 0;
        Histogram[] histograms = new Histogram[appenders];
        long[] counts = new long[appenders];
        Thread[] threads = new Thread[appenders];
        MerkleTree scratchTree = new MerkleTree();
        for (int t = 0; t < appenders; t++) {
            int id = t;
            histograms[t] = new Histogram(HOUR_NANOS, 3);
            threads[t] = Thread.ofVirtual().name("appender-" + t).start(() -> {
                Histogram h = histograms[id];
                long i = 0;
                String prev = AuditEntry.GENESIS_PREV;
                while (true) {
                    int p = phase;
                    if (p == 2) break;
                    Map<String, Object> body = body(id, i);
                    long start = System.nanoTime();
                    switch (kind) {
                        case APPEND -> auditor.record(actor, project, "guard.blocked", "guard_check", body);
                        case NOOP -> json.writeValueAsString(body);
                        case HASH_ONLY -> prev = hashOnly(scratchTree, i, json.writeValueAsString(body), prev);
                    }
                    long end = System.nanoTime();
                    if (p == 1 && phase == 1) {
                        h.recordValue(end - start);
                        counts[id]++;
                    }
                    i++;
                }
            });
        }
        Thread.sleep(warmup);
        String loadBefore = loadAverage();
        int walBefore = walCheckpoints.get();
        long gcBefore = gcMillis();
        long machineBefore = machineBusyTicks();
        long groupCount = groups.count();
        double groupTotal = groups.totalAmount();
        long cpuStart = processCpuNanos();
        Instant from = Instant.now();
        long start = System.nanoTime();
        phase = 1;
        Thread.sleep(duration);
        phase = 2;
        long elapsed = System.nanoTime() - start;
        Instant to = Instant.now();
        long cpu = processCpuNanos() - cpuStart;
        double otherCores = ((machineBusyTicks() - machineBefore) * 1e7 - cpu) / elapsed; // /proc/stat ticks are 10 ms
        long gc = gcMillis() - gcBefore;
        int storeCheckpoints = walCheckpoints.get() - walBefore;
        long commits = groups.count() - groupCount;
        double committed = groups.totalAmount() - groupTotal;
        for (Thread t : threads) t.join();
        String loadAfter = loadAverage();

        Histogram latency = new Histogram(HOUR_NANOS, 3);
        long ops = 0;
        for (int t = 0; t < appenders; t++) {
            latency.add(histograms[t]);
            ops += counts[t];
        }
        int checkpoints = 0;
        double maxGap = 0;
        if (kind == Kind.APPEND) {
            // checkpoints created in the window, and the longest time without one (window edges included)
            List<Instant> times = jdbc.query("SELECT created_at FROM audit_checkpoints WHERE created_at >= ? AND created_at <= ? ORDER BY created_at",
                    (rs, row) -> SqlTime.read(rs, 1), SqlTime.toSql(from), SqlTime.toSql(to));
            checkpoints = times.size();
            Instant last = from;
            for (Instant t : times) {
                maxGap = Math.max(maxGap, Duration.between(last, t).toNanos() / 1e9);
                last = t;
            }
            maxGap = Math.max(maxGap, Duration.between(last, to).toNanos() / 1e9);
        }
        Result r = new Result(kind, appenders, elapsed / 1e9, ops, latency, ops == 0 ? 0 : cpu / 1e3 / ops,
                commits == 0 ? 0 : committed / commits, commits / (elapsed / 1e9), checkpoints, maxGap, storeCheckpoints, gc,
                Math.max(0, otherCores), loadBefore, loadAfter);
        if (!warmup.isZero()) {
            log("  %,.0f ops/s, p50 %.3f ms, p99 %.3f ms, max %.3f ms, %.1f µs CPU/op, mean group %.1f, %d checkpoints (longest gap %.2f s), "
                            + "%d DuckDB WAL checkpoints, GC %d ms, other processes %.2f cores, load %s -> %s",
                    r.perSecond(), ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(99)), ms(latency.getMaxValue()),
                    r.cpuMicrosPerOp(), r.meanGroup(), checkpoints, maxGap, storeCheckpoints, gc, r.otherCores(), loadBefore, loadAfter);
        }
        return r;
    }

    /** A realistic guard.blocked body (see GuardService): detector counts and the end user sealed for its subject. */
    private static Map<String, Object> body(int appender, long i) {
        Map<String, Integer> findings = new TreeMap<>();
        findings.put("injection:prompt_injection", 1);
        findings.put("pii:email", 1 + (int) (i % 3));
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("subject", "s" + Long.toHexString(0x9e3779b97f4a7c15L * (appender + 1)) + "Zq3xVb8N0aKp1Lm4Qr7Tt2Yw5Hc");
        user.put("ciphertext", "AZtq" + Long.toHexString(i) + "k2V8u0cB9mYd3pRf6sWg1hLj4nXe7aQz5tKv0bNy8cMw2dPr6fGs9jHt3kLu1xZo4iAe7qTy0vRb5nWm8=");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decidedBy", "injection");
        body.put("policyVersion", 3);
        body.put("flagged", List.of("injection", "pii"));
        body.put("findings", findings);
        body.put("user", user);
        return body;
    }

    /**
     * What the audit log does per entry besides the store, as AuditLog.appendAsync and AuditLog.write do it: the
     * body in canonical form, the entry's leaf hash, its hex, the tree append.
     */
    private static String hashOnly(MerkleTree tree, long seq, String body, String prev) {
        AuditEntry entry = new AuditEntry(seq, Instant.now().truncatedTo(ChronoUnit.MICROS), "tpk_bench001", "0196a0b1-2c3d-7e4f-8a9b-0c1d2e3f4a5b",
                "guard.blocked", "guard_check", AuditEntry.canonicalBody(body), prev);
        byte[] leafHash = entry.leafHashOfCanonicalBody();
        synchronized (tree) {
            tree.appendLeafHash(leafHash);
        }
        return HEX.formatHex(leafHash);
    }

    // ---- verification of everything that was appended

    private String verify(ConfigurableApplicationContext context) {
        Checkpoints checkpoints = context.getBean(Checkpoints.class);
        AuditKeys keys = context.getBean(AuditKeys.class);
        Checkpoints.StoredCheckpoint last = checkpoints.signNow();
        long started = System.nanoTime();
        AuditLogVerifier verifier = new AuditLogVerifier(keys.origin(), keys.verifiers());
        jdbc.query("SELECT seq, entry_time, actor, project_id, action, target, body, prev_hash, leaf_hash FROM audit_entries ORDER BY seq", (RowCallbackHandler) rs -> {
            AuditRecord r = AuditRepository.map(rs, 0);
            verifier.entry(r.entry(), HEX.parseHex(r.leafHash()));
        });
        jdbc.query("SELECT tree_size, root_hash, note FROM audit_checkpoints ORDER BY tree_size",
                (RowCallbackHandler) rs -> verifier.checkpoint(rs.getString(3), rs.getLong(1), HEX.parseHex(rs.getString(2))));
        VerificationReport report = verifier.finish();
        String text = String.format(Locale.ROOT, "verification: %,d entries, %,d checkpoints (%,d verified, up to size %,d; last signed size %,d), %d problems, %.1f s%s",
                report.entries(), report.checkpoints(), report.verifiedCheckpoints(), report.verifiedSize(), last.size(),
                report.problems().size(), (System.nanoTime() - started) / 1e9,
                report.problems().isEmpty() ? "" : ": " + report.problems().subList(0, Math.min(5, report.problems().size())));
        log("%s", text);
        return text;
    }

    // ---- output

    private static void print(List<Result> results, String verification) {
        Result single = results.stream().filter(r -> r.kind() == Kind.APPEND && r.appenders() == 1).findFirst().orElse(null);
        System.out.println("| scenario | appenders | appends/s | p50 ms | p99 ms | p99.9 ms | max ms | vs 1 appender | CPU µs/append "
                + "| mean group | commits/s | checkpoints (longest gap) | DuckDB WAL checkpoints | GC ms | other processes, cores |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|");
        for (Result r : results) {
            Histogram h = r.latency();
            String ratio = r.kind() == Kind.APPEND && single != null ? String.format(Locale.ROOT, "%.2f×", r.perSecond() / single.perSecond()) : "–";
            String name = switch (r.kind()) {
                case APPEND -> "append";
                case NOOP -> "noop (body serialised only)";
                case HASH_ONLY -> "hash-only (writer CPU, no store)";
            };
            System.out.printf(Locale.ROOT, "| %s | %d | %,.0f | %.3f | %.3f | %.3f | %.3f | %s | %.1f | %s | %s | %s | %d | %d | %.2f |%n",
                    name, r.appenders(), r.perSecond(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(99)),
                    ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()), ratio, r.cpuMicrosPerOp(),
                    r.kind() == Kind.APPEND ? String.format(Locale.ROOT, "%.1f", r.meanGroup()) : "–",
                    r.kind() == Kind.APPEND ? String.format(Locale.ROOT, "%,.0f", r.commitsPerSecond()) : "–",
                    r.kind() == Kind.APPEND ? String.format(Locale.ROOT, "%d in %.0f s (%.2f s)", r.checkpoints(), r.seconds(), r.maxCheckpointGapSeconds()) : "–",
                    r.storeCheckpoints(), r.gcMillis(), r.otherCores());
        }
        System.out.println();
        System.out.println(verification);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[%s] %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS), String.format(Locale.ROOT, format, args));
    }

    /** Watches the size of DuckDB's WAL every 20 ms: when it shrinks, DuckDB has checkpointed it into the database file. */
    private void watchWal() {
        long last = 0;
        while (true) {
            long size = 0;
            try {
                size = Files.exists(wal) ? Files.size(wal) : 0;
            } catch (IOException ignored) {
                // the file is being replaced
            }
            if (size < last) walCheckpoints.incrementAndGet();
            last = size;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    /** CPU time of the whole machine (all processes) from /proc/stat, in 10 ms ticks: user, nice, system, irq, softirq, steal. */
    private static long machineBusyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6]) + Long.parseLong(f[7])
                    + Long.parseLong(f[8]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String memory() {
        long bytes = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return Math.round(bytes / 1e9) + " GB";
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

}
