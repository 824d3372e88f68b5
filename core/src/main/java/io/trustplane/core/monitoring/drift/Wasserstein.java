package io.trustplane.core.monitoring.drift;

import io.trustplane.core.monitoring.WeightedSample;

/**
 * The first Wasserstein (earth mover's) distance between two weighted distributions on the real line:
 * {@code W1 = ∫ |U(x) − V(x)| dx}, the area between the two CDFs, as {@code scipy.stats.wasserstein_distance(u,
 * v, u_weights, v_weights)} computes it (Ramdas, García Trillos &amp; Cuturi 2017). It is in the feature's unit,
 * so thresholds use {@link #normalized}.
 */
public final class Wasserstein {

    private Wasserstein() {
    }

    public static double distance(WeightedSample u, WeightedSample v) {
        StepCdfs cdfs = StepCdfs.of(u, v);
        double[] x = cdfs.points();
        double sum = 0;
        for (int k = 0; k + 1 < x.length; k++) {
            sum += Math.abs(cdfs.a()[k] - cdfs.b()[k]) * (x[k + 1] - x[k]);
        }
        return sum;
    }

    /**
     * The distance in units of the reference's standard deviation (Evidently's "normed Wasserstein"), so one
     * threshold fits every feature: 0.1 means the mass moved a tenth of a standard deviation on average. A
     * constant reference (std 0) gives 0 for a zero distance and +∞ otherwise.
     */
    public static double normalized(double distance, double referenceStd) {
        if (!(referenceStd >= 0) || !(distance >= 0)) {
            throw new IllegalArgumentException("distance and reference std must be non-negative: " + distance
                    + ", " + referenceStd);
        }
        if (referenceStd == 0) {
            return distance == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return distance / referenceStd;
    }
}
