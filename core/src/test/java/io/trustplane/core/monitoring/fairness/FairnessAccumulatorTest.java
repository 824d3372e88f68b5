package io.trustplane.core.monitoring.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FairnessAccumulatorTest {

    private static void predictions(FairnessAccumulator acc, String group, int favourable, int total) {
        for (int i = 0; i < total; i++) {
            acc.addPrediction(group, i < favourable);
        }
    }

    @Test
    void fourFifthsRuleAgainstTheHighestSelectionRate() {
        FairnessAccumulator acc = new FairnessAccumulator();
        predictions(acc, "a", 50, 100);  // 0.5, the reference
        predictions(acc, "b", 40, 100);  // 0.8: passes (not below 0.8)
        predictions(acc, "c", 39, 100);  // 0.78: fails
        predictions(acc, "d", 1, 10);    // too small
        FairnessReport report = acc.report(FairnessConfig.defaults());
        assertThat(report.referenceGroup()).isEqualTo("a");
        assertThat(report.disparateImpact()).extracting(DisparateImpact::verdict).containsExactly(
                DisparateImpact.Verdict.PASS, DisparateImpact.Verdict.PASS, DisparateImpact.Verdict.FAIL,
                DisparateImpact.Verdict.INSUFFICIENT_DATA);
        assertThat(report.demographicParityDifference().get()).isEqualTo(0.5 - 0.39, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(report.demographicParityRatio().get()).isEqualTo(0.39 / 0.5);
        assertThat(report.equalOpportunityDifference().reason()).contains("fewer than two groups");
    }

    @Test
    void aReferenceWithNoSelectionsLeavesRatiosUndefined() {
        FairnessAccumulator acc = new FairnessAccumulator();
        predictions(acc, "a", 0, 40);
        predictions(acc, "b", 0, 40);
        FairnessReport report = acc.report(FairnessConfig.defaults().withReferenceGroup("b"));
        assertThat(report.demographicParityRatio().reason()).contains("rate is 0");
        assertThat(report.disparateImpact()).allSatisfy(d -> {
            assertThat(d.ratio().reason()).contains("selection rate of 0");
            assertThat(d.verdict()).isEqualTo(DisparateImpact.Verdict.INSUFFICIENT_DATA);
        });
    }

    @Test
    void anUnknownReferenceGroupIsSaid() {
        FairnessAccumulator acc = new FairnessAccumulator();
        predictions(acc, "a", 10, 40);
        FairnessReport report = acc.report(FairnessConfig.defaults().withReferenceGroup("z"));
        assertThat(report.referenceGroup()).isNull();
        assertThat(report.disparateImpact().get(0).ratio().reason()).contains("reference group z");
    }

    @Test
    void missingAttributesAreCountedApartAndUnregisteredOnesIgnored() {
        FairnessByAttribute fairness = new FairnessByAttribute(Set.of("sex", "age"));
        fairness.addPrediction(Map.of("sex", "f", "region", "eu"), true);
        fairness.addOutcome(Map.of("sex", "f"), true, false);
        FairnessReport age = fairness.reports(FairnessConfig.defaults()).get("age");
        assertThat(age.groups()).isEmpty();
        assertThat(age.missing().predictions()).isEqualTo(1);
        assertThat(age.missing().falsePositives()).isEqualTo(1);
        assertThat(fairness.reports(FairnessConfig.defaults()).get("sex").groups()).extracting(GroupMetrics::group)
                .containsExactly("f");
        assertThatThrownBy(() -> fairness.accumulator("region")).hasMessageContaining("not a registered");
        assertThatThrownBy(() -> fairness.merge(new FairnessByAttribute(Set.of("sex"))))
                .hasMessageContaining("different attributes");
    }

    @Test
    void groupLimitsAndBadValuesAreRefused() {
        FairnessAccumulator acc = new FairnessAccumulator();
        for (int i = 0; i < FairnessAccumulator.MAX_GROUPS; i++) {
            acc.addPrediction("g" + i, true);
        }
        assertThatThrownBy(() -> acc.addPrediction("one more", true)).hasMessageContaining("more than 1000 groups");
        assertThatThrownBy(() -> new FairnessAccumulator().addPrediction("", true)).hasMessageContaining("1 to");
        assertThatThrownBy(() -> FairnessAccumulator.fromBytes(new byte[] {1, 2})).hasMessageContaining("truncated");
        assertThatThrownBy(() -> new FairnessConfig(0, null)).hasMessageContaining("minGroupSize");
    }

    @Test
    void favourableOutcomes() {
        assertThat(FavourableOutcome.ofClass("approved").isFavourable("approved")).isTrue();
        assertThat(FavourableOutcome.ofClass("approved").isFavourable("denied")).isFalse();
        assertThat(FavourableOutcome.atOrAbove(1000).isFavourable(1000)).isTrue();
        assertThat(FavourableOutcome.atOrAbove(1000).isFavourable(999.9)).isFalse();
        assertThat(FavourableOutcome.atOrBelow(0.2).isFavourable(0.1)).isTrue();
        assertThatThrownBy(() -> FavourableOutcome.atOrAbove(1).isFavourable("x")).hasMessageContaining("threshold");
        assertThatThrownBy(() -> FavourableOutcome.atOrAbove(Double.NaN)).hasMessageContaining("finite");
    }
}
