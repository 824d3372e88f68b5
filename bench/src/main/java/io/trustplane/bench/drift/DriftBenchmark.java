package io.trustplane.bench.drift;

import io.trustplane.core.monitoring.drift.DriftAnalyzer;
import io.trustplane.core.monitoring.drift.DriftReport;
import io.trustplane.core.monitoring.profile.DatasetProfile;
import io.trustplane.core.monitoring.profile.FeatureKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Drift of one window of predictions against a stored reference (docs/BENCHMARKS.md, "Drift (model monitoring)").
 *
 * <p>The window: {@code rows} predictions × {@code numeric} numeric and {@code categorical} categorical features
 * (the prediction is one of the numeric ones), generated before timing and held in memory column by column.
 * The reference: a profile of another {@code rows} rows, built and serialized before timing. Timed, per run:
 * <ul>
 *   <li>baseline: read every raw value once (sum the numbers, hash the category strings), row by row on
 *       {@code threads} threads: the least any per-window computation must do;
 *   <li>profile: feed every value into a {@link DatasetProfile} row by row through the primitive
 *       {@code add(int, double)} / {@code add(int, String)} API, one profile per thread over its share of the
 *       rows, then merge them (the incremental per-window work);
 *   <li>drift: deserialize the reference from bytes and run {@link DriftAnalyzer} against the window's profile.
 * </ul>
 * Usage: {@code DriftBenchmark [rows] [numeric] [categorical] [runs] [threads]}; defaults 1000000 80 20 5 2.
 */
public final class DriftBenchmark {

    private static final int CATEGORIES = 40;

    private final int rows;
    private final int numeric;
    private final int categorical;
    private final int threads;
    private final double[][] numbers;
    private final byte[][] codes;
    private final String[][] dictionary;

    private DriftBenchmark(int rows, int numeric, int categorical, int threads) {
        this.rows = rows;
        this.numeric = numeric;
        this.categorical = categorical;
        this.threads = threads;
        this.numbers = new double[numeric][rows];
        this.codes = new byte[categorical][rows];
        this.dictionary = new String[categorical][CATEGORIES];
        for (int f = 0; f < categorical; f++) {
            for (int c = 0; c < CATEGORIES; c++) {
                dictionary[f][c] = "cat_" + f + "_" + c;
            }
        }
    }

    /** Feature {@code f}'s value: a mix of shapes; in the current window every 8th numeric feature is shifted. */
    private static double value(SplittableRandom r, int f, boolean current) {
        double z = Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
        double shift = current && f % 8 == 0 ? 0.5 : 0;
        return switch (f % 4) {
            case 0 -> z + shift;
            case 1 -> Math.exp(0.5 * z + shift);
            case 2 -> Math.rint(10 + 3 * z + 3 * shift); // integer-valued: ties
            default -> 100 * r.nextDouble() + 30 * shift;
        };
    }

    /** Category code: skewed; in the current window every 5th categorical feature favours other categories. */
    private static int category(SplittableRandom r, int f, boolean current) {
        double u = r.nextDouble();
        int c = (int) (CATEGORIES * u * u);
        return current && f % 5 == 0 ? CATEGORIES - 1 - c : c;
    }

    private void generateWindow() {
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < rows; i++) {
            for (int f = 0; f < numeric; f++) {
                numbers[f][i] = value(r, f, true);
            }
            for (int f = 0; f < categorical; f++) {
                codes[f][i] = (byte) category(r, f, true);
            }
        }
    }

    private DatasetProfile newProfile() {
        DatasetProfile p = new DatasetProfile();
        for (int f = 0; f < numeric; f++) {
            p.declare(f == 0 ? "prediction" : "num_" + f, FeatureKind.NUMERIC);
        }
        for (int f = 0; f < categorical; f++) {
            p.declare("cat_" + f, FeatureKind.CATEGORICAL);
        }
        return p;
    }

    private byte[] referenceBytes() {
        SplittableRandom r = new SplittableRandom(1);
        DatasetProfile p = newProfile();
        for (int i = 0; i < rows; i++) {
            for (int f = 0; f < numeric; f++) {
                p.add(f, value(r, f, false));
            }
            for (int f = 0; f < categorical; f++) {
                p.add(numeric + f, dictionary[f][category(r, f, false)]);
            }
            p.countRow();
        }
        return p.toBytes();
    }

    private <T> List<T> onThreads(ExecutorService pool, RangeTask<T> task) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = (int) ((long) rows * t / threads);
            int to = (int) ((long) rows * (t + 1) / threads);
            futures.add(pool.submit(() -> task.run(from, to)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    private interface RangeTask<T> {
        T run(int from, int to);
    }

    private double baseline(int from, int to) {
        double sum = 0;
        long hashes = 0;
        for (int i = from; i < to; i++) {
            for (int f = 0; f < numeric; f++) {
                sum += numbers[f][i];
            }
            for (int f = 0; f < categorical; f++) {
                hashes += dictionary[f][codes[f][i]].hashCode();
            }
        }
        return sum + hashes;
    }

    private DatasetProfile profile(int from, int to) {
        DatasetProfile p = newProfile();
        for (int i = from; i < to; i++) {
            for (int f = 0; f < numeric; f++) {
                p.add(f, numbers[f][i]);
            }
            for (int f = 0; f < categorical; f++) {
                p.add(numeric + f, dictionary[f][codes[f][i]]);
            }
            p.countRow();
        }
        return p;
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int numeric = args.length > 1 ? Integer.parseInt(args[1]) : 80;
        int categorical = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        DriftBenchmark bench = new DriftBenchmark(rows, numeric, categorical, threads);
        long t0 = System.nanoTime();
        bench.generateWindow();
        byte[] reference = bench.referenceBytes();
        System.out.printf(Locale.ROOT, "%d rows x %d numeric + %d categorical features, %d threads, %d runs; "
                + "setup %.1f s, stored reference %,d bytes%n", rows, numeric, categorical, threads, runs,
                (System.nanoTime() - t0) / 1e9, reference.length);
        System.out.println("run  baseline_s  profile_s  drift_s  total_s  drifted  window_bytes");
        double[][] times = new double[runs][4];
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int run = 0; run < runs; run++) {
                long a = System.nanoTime();
                double check = bench.onThreads(pool, bench::baseline).stream().mapToDouble(Double::doubleValue).sum();
                long b = System.nanoTime();
                List<DatasetProfile> parts = bench.onThreads(pool, bench::profile);
                DatasetProfile window = parts.get(0);
                for (int k = 1; k < parts.size(); k++) {
                    window.merge(parts.get(k));
                }
                long c = System.nanoTime();
                DriftReport report = new DriftAnalyzer().analyze(DatasetProfile.fromBytes(reference), window);
                long d = System.nanoTime();
                times[run] = new double[] {(b - a) / 1e9, (c - b) / 1e9, (d - c) / 1e9, (d - b) / 1e9};
                if (window.rows() != rows || Double.isNaN(check)) {
                    throw new IllegalStateException("profiled " + window.rows() + " rows of " + rows);
                }
                System.out.printf(Locale.ROOT, "%3d  %10.3f  %9.3f  %7.3f  %7.3f  %7d  %,12d%n", run + 1,
                        times[run][0], times[run][1], times[run][2], times[run][3], report.drifted(),
                        window.toBytes().length);
            }
        }
        System.out.printf(Locale.ROOT, "median  %8.3f  %9.3f  %7.3f  %7.3f%n", median(times, 0), median(times, 1),
                median(times, 2), median(times, 3));
    }

    private static double median(double[][] times, int column) {
        double[] v = Arrays.stream(times).mapToDouble(t -> t[column]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
