package io.trustplane.core.monitoring.performance;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.core.monitoring.SciPy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every classification metric against numpy/scipy's textbook computation on generated rows. */
class ClassificationAccumulatorSciPyTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void binaryMulticlassTiesAndAbsentClassesAgreeWithTheReference() {
        List<ClassificationRows> datasets = List.of(
                ClassificationRows.binary(1, 3000, 0, 0.3, 0.05),        // continuous scores
                ClassificationRows.binary(2, 2000, 2, 0.5, 0.2),         // many ties, unscored rows
                ClassificationRows.binary(3, 500, 1, 0.0, 0.0),          // the positive class never occurs
                ClassificationRows.binary(4, 40, 3, 0.5, 1.0),           // no scored rows at all
                ClassificationRows.multiclass(5, 3000, 0),               // probabilities, class d only predicted
                ClassificationRows.multiclass(6, 1500, 2));              // rounded probabilities, ties
        JsonNode expected = SciPy.run("performance_classification.py",
                Map.of("datasets", datasets.stream().map(ClassificationRows::json).toList()));

        for (int i = 0; i < datasets.size(); i++) {
            ClassificationRows data = datasets.get(i);
            ClassificationConfig config = data.positive() == null ? ClassificationConfig.multiclass()
                    : ClassificationConfig.binary(data.positive());
            compare("dataset " + i, data.accumulate(config).metrics(), expected.get(i));
        }
    }

    @Test
    void pastTheDistinctScoreCapTheAucIsApproximateWithinItsBound() {
        ClassificationRows data = ClassificationRows.binary(7, 12_000, 0, 0.4, 0);
        double exact = SciPy.run("performance_classification.py", Map.of("datasets", List.of(data.json())))
                .get(0).get("auc").asDouble();
        RocAuc auc = data.accumulate(ClassificationConfig.binary("yes")).metrics().rocAuc();

        assertThat(auc.approximate()).isTrue();
        assertThat(auc.maxError()).isPositive().isLessThan(1e-3);
        assertThat(Math.abs(auc.value().get() - exact)).isLessThanOrEqualTo(auc.maxError());
    }

    static void compare(String name, ClassificationMetrics actual, JsonNode expected) {
        assertThat(actual.count()).as(name + " count").isEqualTo(expected.get("count").asLong());
        close(name + " accuracy", actual.accuracy(), expected.get("accuracy"));
        JsonNode classes = expected.get("classes");
        assertThat(actual.classes()).extracting(ClassMetrics::label).as(name + " labels")
                .containsExactlyElementsOf(iterable(classes.propertyNames()));
        for (ClassMetrics c : actual.classes()) {
            compareClass(name + " class " + c.label(), c, classes.get(c.label()));
        }
        for (String average : List.of("macro", "weighted")) {
            AveragedMetrics mine = average.equals("macro") ? actual.macro() : actual.weighted();
            JsonNode theirs = expected.get(average);
            close(name + " " + average + " precision", mine.precision(), theirs.get("precision"));
            close(name + " " + average + " recall", mine.recall(), theirs.get("recall"));
            close(name + " " + average + " f1", mine.f1(), theirs.get("f1"));
        }
        if (expected.has("positive")) {
            compareClass(name + " positive class", actual.positiveClass(), expected.get("positive"));
        } else {
            assertThat(actual.positiveClass()).as(name + " positive class").isNull();
        }
        assertThat(actual.scoredCount()).as(name + " scored").isEqualTo(expected.get("scored").asLong());
        close(name + " roc auc", actual.rocAuc().value(), expected.get("auc"));
        assertThat(actual.rocAuc().approximate()).as(name + " auc exact").isFalse();
        if (expected.has("perClassAuc")) {
            JsonNode perClass = expected.get("perClassAuc");
            assertThat(actual.rocAuc().perClass().keySet()).containsExactlyElementsOf(iterable(perClass.propertyNames()));
            actual.rocAuc().perClass().forEach((label, auc) ->
                    close(name + " auc of " + label, MetricValue.of(auc), perClass.get(label)));
        }
        close(name + " log loss", actual.logLoss(), expected.get("logLoss"));
        close(name + " ece", actual.calibration().expectedCalibrationError(), expected.get("ece"));
        JsonNode bins = expected.get("bins");
        assertThat(actual.calibration().bins()).hasSize(bins.size());
        for (int b = 0; b < bins.size(); b++) {
            ReliabilityBin bin = actual.calibration().bins().get(b);
            assertThat(bin.count()).as(name + " bin " + b).isEqualTo(bins.get(b).get("count").asLong());
            close(name + " bin " + b + " confidence", bin.meanConfidence(), bins.get(b).get("meanConfidence"));
            close(name + " bin " + b + " observed", bin.observedRate(), bins.get(b).get("observed"));
        }
    }

    private static void compareClass(String name, ClassMetrics actual, JsonNode expected) {
        assertThat(actual.support()).as(name + " support").isEqualTo(expected.get("support").asLong());
        assertThat(actual.predicted()).as(name + " predicted").isEqualTo(expected.get("predicted").asLong());
        close(name + " precision", MetricValue.of(actual.precision()), expected.get("precision"));
        close(name + " recall", MetricValue.of(actual.recall()), expected.get("recall"));
        close(name + " f1", MetricValue.of(actual.f1()), expected.get("f1"));
    }

    /** Equal within 1e-9 relative, or both undefined (the reference's null). */
    static void close(String what, MetricValue actual, JsonNode expected) {
        if (expected == null || expected.isNull()) {
            assertThat(actual.isDefined()).as(what + " should be undefined, is " + actual).isFalse();
            return;
        }
        assertThat(actual.isDefined()).as(what + " should be defined: " + actual.reason()).isTrue();
        assertThat(SciPy.relativeError(actual.get(), expected.asDouble()))
                .as(what + ": " + actual.get() + " vs " + expected.asDouble()).isLessThan(TOLERANCE);
    }

    private static <T> List<T> iterable(java.util.Collection<T> items) {
        return new ArrayList<>(items);
    }
}
