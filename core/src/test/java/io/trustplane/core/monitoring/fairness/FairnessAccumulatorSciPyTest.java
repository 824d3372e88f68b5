package io.trustplane.core.monitoring.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.core.monitoring.SciPy;
import io.trustplane.core.monitoring.performance.MetricValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Fairness per group and across groups against numpy on generated rows. */
class FairnessAccumulatorSciPyTest {

    /** A prediction of a group (null: missing), favourable or not, and its ground truth if it arrived. */
    record Row(String group, boolean predicted, Boolean actual) {
        Map<String, Object> json() {
            Map<String, Object> json = new HashMap<>();
            json.put("group", group);
            json.put("predicted", predicted);
            json.put("actual", actual);
            return json;
        }
    }

    /**
     * Groups with different selection and error rates; "tiny" below the minimum size; some rows without a group;
     * 30% of rows without ground truth; group "none" never actually favourable (TPR undefined).
     */
    static List<Row> generate(long seed, int n) {
        Random random = new Random(seed);
        String[] groups = {"a", "b", "c", "none", "tiny", null};
        double[] share = {0.35, 0.25, 0.2, 0.1, 0.005, 0.095};
        double[] selection = {0.6, 0.45, 0.3, 0.5, 0.5, 0.5};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            int g = 0;
            while (g < share.length - 1 && u > share[g]) {
                u -= share[g];
                g++;
            }
            boolean actual = !"none".equals(groups[g]) && random.nextDouble() < 0.5;
            boolean predicted = random.nextDouble() < selection[g] + (actual ? 0.2 : -0.2);
            rows.add(new Row(groups[g], predicted, random.nextDouble() < 0.3 ? null : actual));
        }
        return rows;
    }

    static FairnessAccumulator accumulate(List<Row> rows) {
        FairnessAccumulator acc = new FairnessAccumulator();
        for (Row r : rows) {
            acc.addPrediction(r.group(), r.predicted());
            if (r.actual() != null) {
                acc.addOutcome(r.group(), r.predicted(), r.actual());
            }
        }
        return acc;
    }

    @Test
    void agreesWithNumpyUnderSeveralConfigurations() {
        List<Row> rows = generate(11, 4000);
        FairnessAccumulator acc = accumulate(rows);
        for (FairnessConfig config : List.of(FairnessConfig.defaults(), FairnessConfig.defaults().withMinGroupSize(1),
                FairnessConfig.defaults().withReferenceGroup("b"), FairnessConfig.defaults().withReferenceGroup("tiny"),
                FairnessConfig.defaults().withMinGroupSize(100_000))) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("min", config.minGroupSize());
            input.put("reference", config.referenceGroup());
            input.put("rows", rows.stream().map(Row::json).toList());
            compare(config.toString(), acc.report(config), SciPy.run("fairness_groups.py", input));
        }
    }

    @Test
    void theGeneratedDataExercisesTheVerdicts() {
        FairnessReport report = accumulate(generate(11, 4000)).report(FairnessConfig.defaults());
        assertThat(report.disparateImpact()).extracting(DisparateImpact::verdict)
                .contains(DisparateImpact.Verdict.PASS, DisparateImpact.Verdict.FAIL,
                        DisparateImpact.Verdict.INSUFFICIENT_DATA);
        assertThat(report.groups()).filteredOn(GroupMetrics::tooFewPredictions).extracting(GroupMetrics::group)
                .containsExactly("tiny");
        assertThat(report.missing().predictions()).isPositive();
    }

    private static void compare(String name, FairnessReport actual, JsonNode expected) {
        JsonNode groups = expected.get("groups");
        assertThat(actual.groups()).extracting(GroupMetrics::group)
                .containsExactlyElementsOf(new ArrayList<>(groups.propertyNames()));
        for (GroupMetrics g : actual.groups()) {
            compareGroup(name + " group " + g.group(), g, groups.get(g.group()));
        }
        compareGroup(name + " missing", actual.missing(), expected.get("missing"));
        close(name + " dpd", actual.demographicParityDifference(), expected.get("dpd"));
        close(name + " dpr", actual.demographicParityRatio(), expected.get("dpr"));
        close(name + " eod", actual.equalOpportunityDifference(), expected.get("eod"));
        close(name + " eqodds", actual.equalizedOddsDifference(), expected.get("eqodds"));
        JsonNode reference = expected.get("reference");
        assertThat(actual.referenceGroup()).as(name + " reference").isEqualTo(reference.isNull() ? null : reference.asString());
        for (DisparateImpact di : actual.disparateImpact()) {
            JsonNode e = expected.get("disparateImpact").get(di.group());
            close(name + " di " + di.group(), di.ratio(), e.get("ratio"));
            assertThat(di.verdict().name()).as(name + " verdict " + di.group()).isEqualTo(e.get("verdict").asString());
        }
    }

    private static void compareGroup(String name, GroupMetrics g, JsonNode e) {
        assertThat(g.predictions()).as(name).isEqualTo(e.get("predictions").asLong());
        assertThat(g.labelled()).as(name).isEqualTo(e.get("labelled").asLong());
        close(name + " selection", g.selectionRate(), e.get("selectionRate"));
        close(name + " tpr", g.truePositiveRate(), e.get("tpr"));
        close(name + " fpr", g.falsePositiveRate(), e.get("fpr"));
        close(name + " fnr", g.falseNegativeRate(), e.get("fnr"));
        close(name + " precision", g.precision(), e.get("precision"));
        close(name + " accuracy", g.accuracy(), e.get("accuracy"));
        close(name + " base rate", g.baseRate(), e.get("baseRate"));
    }

    private static void close(String what, MetricValue actual, JsonNode expected) {
        if (expected.isNull()) {
            assertThat(actual.isDefined()).as(what + " should be undefined: " + actual).isFalse();
        } else {
            assertThat(actual.isDefined()).as(what + " should be defined: " + actual.reason()).isTrue();
            assertThat(SciPy.relativeError(actual.get(), expected.asDouble())).as(what).isLessThan(1e-9);
        }
    }
}
