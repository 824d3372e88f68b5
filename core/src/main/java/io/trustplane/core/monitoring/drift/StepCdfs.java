package io.trustplane.core.monitoring.drift;

import io.trustplane.core.monitoring.WeightedSample;
import java.util.Arrays;

/**
 * Two empirical CDFs evaluated on the union of their samples' values: {@code a[k]} and {@code b[k]} are the
 * weight fraction of each sample at or below {@code points[k]} (numpy's {@code searchsorted(side="right") / n}),
 * the form both the Kolmogorov–Smirnov statistic and the Wasserstein distance are computed from.
 */
record StepCdfs(double[] points, double[] a, double[] b) {

    static StepCdfs of(WeightedSample u, WeightedSample v) {
        requireNonEmpty(u, "first");
        requireNonEmpty(v, "second");
        double[] uv = u.values();
        double[] vv = v.values();
        double[] uw = u.weights();
        double[] vw = v.weights();
        double totalU = u.totalWeight();
        double totalV = v.totalWeight();
        int size = uv.length + vv.length;
        double[] points = new double[size];
        double[] fa = new double[size];
        double[] fb = new double[size];
        int i = 0;
        int j = 0;
        int k = 0;
        double cumU = 0;
        double cumV = 0;
        while (i < uv.length || j < vv.length) {
            double x = j >= vv.length || i < uv.length && uv[i] <= vv[j] ? uv[i] : vv[j];
            if (i < uv.length && uv[i] == x) {
                cumU += uw[i++];
            }
            if (j < vv.length && vv[j] == x) {
                cumV += vw[j++];
            }
            points[k] = x;
            fa[k] = cumU / totalU;
            fb[k] = cumV / totalV;
            k++;
        }
        return new StepCdfs(Arrays.copyOf(points, k), Arrays.copyOf(fa, k),
                Arrays.copyOf(fb, k));
    }

    static void requireNonEmpty(WeightedSample s, String which) {
        if (s == null || s.isEmpty()) {
            throw new IllegalArgumentException("the " + which + " sample is empty");
        }
    }
}
