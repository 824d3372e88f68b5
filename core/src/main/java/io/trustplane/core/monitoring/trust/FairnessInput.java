package io.trustplane.core.monitoring.trust;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fairness measures of one protected attribute (sex, age band, ...), computed upstream.
 *
 * <p>Sub-score of the fairness component: the lowest of every measure's ramp score over every attribute,
 * because an unfair outcome for one group is not offset by fair outcomes elsewhere. The demographic parity
 * ratio is scored against the four-fifths rule ({@code settings.demographicParityRatio()}), the equalized
 * odds difference against {@code settings.equalizedOddsDifference()}.
 *
 * @param attribute               the protected attribute's name
 * @param demographicParityRatio  lowest group selection rate / highest, in [0, 1]; null if not computed
 * @param equalizedOddsDifference max over TPR and FPR of the largest gap between groups, in [0, 1]; null if
 *                                not computed (no ground truth)
 */
public record FairnessInput(String attribute, Double demographicParityRatio, Double equalizedOddsDifference) {

    public FairnessInput {
        if (attribute == null || attribute.isBlank()) {
            throw new IllegalArgumentException("fairness: the protected attribute needs a name");
        }
        if (demographicParityRatio == null && equalizedOddsDifference == null) {
            throw new IllegalArgumentException("fairness: " + attribute + " has neither a demographic parity ratio"
                    + " nor an equalized odds difference");
        }
        requireShare(attribute, "demographic parity ratio", demographicParityRatio);
        requireShare(attribute, "equalized odds difference", equalizedOddsDifference);
    }

    /** The component's assessment over all attributes: the worst measure governs. */
    static Assessment assess(List<FairnessInput> attributes, TrustSettings settings) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        Worst worst = new Worst();
        for (FairnessInput a : attributes) {
            worst.consider(inputs, a.attribute, "demographic_parity_ratio", a.demographicParityRatio,
                    settings.demographicParityRatio(), "demographic parity ratio", " against the four-fifths rule");
            worst.consider(inputs, a.attribute, "equalized_odds_difference", a.equalizedOddsDifference,
                    settings.equalizedOddsDifference(), "equalized odds difference", "");
        }
        String others = worst.measures == 1 ? "" : " (the lowest of " + worst.measures + " measures)";
        return new Assessment(inputs, worst.score, worst.text + others);
    }

    /** The lowest-scoring measure seen so far. */
    private static final class Worst {
        private double score = Double.POSITIVE_INFINITY;
        private String text;
        private int measures;

        void consider(Map<String, Double> inputs, String attribute, String key, Double value, Ramp ramp, String name,
                      String against) {
            if (value == null) {
                return;
            }
            if (inputs.put(attribute + "." + key, value) != null) {
                throw new IllegalArgumentException("fairness: attribute " + attribute + " appears twice");
            }
            measures++;
            double s = ramp.score(value);
            if (s < score) {
                score = s;
                text = name + " for " + attribute + " " + Numbers.format(value) + against + " ("
                        + ramp.describe(Numbers::format) + ") → " + Numbers.format(s);
            }
        }
    }

    private static void requireShare(String attribute, String name, Double value) {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("fairness: the " + name + " for " + attribute + " must be in [0, 1]: "
                    + value);
        }
    }
}
