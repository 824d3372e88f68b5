package io.trustplane.core.monitoring.performance;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The area under the ROC curve.
 *
 * <p>Binary: the Mann–Whitney form, the probability that a random positive scores above a random negative,
 * ties counting one half: {@code (Σ over pairs [s⁺ > s⁻] + ½[s⁺ = s⁻]) / (n⁺ · n⁻)}, which equals the
 * trapezoidal area of sklearn's {@code roc_auc_score}. Multiclass: sklearn's one-vs-rest macro average
 * ({@code multi_class="ovr", average="macro"}): the unweighted mean over the classes of the actual labels of
 * each class's probability against all other rows.
 *
 * @param value       the AUC, or undefined with the reason (e.g. only one class among the scored rows)
 * @param approximate true when some scores were binned on the fixed grid (too many distinct scores to keep)
 * @param maxError    a bound on {@code |value − exact AUC|}: 0 when exact; on the grid, the share of
 *                    positive–negative pairs that fell in the same bin, halved (each such pair counts ½
 *                    where the exact value would count 0 or 1); for the macro average, the mean of the bounds
 * @param perClass    one-vs-rest AUC per class (multiclass), by label in order; empty for binary
 */
public record RocAuc(MetricValue value, boolean approximate, double maxError, Map<String, Double> perClass) {

    public RocAuc {
        perClass = Collections.unmodifiableMap(new TreeMap<>(perClass));
    }

    static RocAuc undefined(String reason) {
        return new RocAuc(MetricValue.undefined(reason), false, 0, Map.of());
    }
}
