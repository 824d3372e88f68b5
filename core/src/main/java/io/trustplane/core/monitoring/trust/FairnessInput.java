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
        double worst = Double.POSITIVE_INFINITY;
        String worstText = null;
        int measures = 0;
        for (FairnessInput a : attributes) {
            if (a.demographicParityRatio != null) {
                String key = a.attribute + ".demographic_parity_ratio";
                if (inputs.put(key, a.demographicParityRatio) != null) {
                    throw new IllegalArgumentException("fairness: attribute " + a.attribute + " appears twice");
                }
                Ramp ramp = settings.demographicParityRatio();
                double score = ramp.score(a.demographicParityRatio);
                measures++;
                if (score < worst) {
                    worst = score;
                    worstText = "demographic parity ratio for " + a.attribute + " "
                            + Numbers.format(a.demographicParityRatio) + " against the four-fifths rule ("
                            + ramp.describe(Numbers::format) + ") → " + Numbers.format(score);
                }
            }
            if (a.equalizedOddsDifference != null) {
                String key = a.attribute + ".equalized_odds_difference";
                if (inputs.put(key, a.equalizedOddsDifference) != null) {
                    throw new IllegalArgumentException("fairness: attribute " + a.attribute + " appears twice");
                }
                Ramp ramp = settings.equalizedOddsDifference();
                double score = ramp.score(a.equalizedOddsDifference);
                measures++;
                if (score < worst) {
                    worst = score;
                    worstText = "equalized odds difference for " + a.attribute + " "
                            + Numbers.format(a.equalizedOddsDifference) + " (" + ramp.describe(Numbers::format)
                            + ") → " + Numbers.format(score);
                }
            }
        }
        String others = measures == 1 ? "" : " (the lowest of " + measures + " measures)";
        return new Assessment(inputs, worst, worstText + others);
    }

    private static void requireShare(String attribute, String name, Double value) {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("fairness: the " + name + " for " + attribute + " must be in [0, 1]: "
                    + value);
        }
    }
}
