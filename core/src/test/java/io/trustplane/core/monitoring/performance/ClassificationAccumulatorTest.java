package io.trustplane.core.monitoring.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassificationAccumulatorTest {

    private final ClassificationAccumulator binary = new ClassificationAccumulator(ClassificationConfig.binary("yes"));
    private final ClassificationAccumulator multiclass = new ClassificationAccumulator(ClassificationConfig.multiclass());

    @Test
    void oneClassOnlyLeavesTheAucUndefinedWithAReason() {
        binary.add("no", "no", 0.2);
        binary.add("no", "yes", 0.7);
        ClassificationMetrics m = binary.metrics();
        assertThat(m.rocAuc().value().isDefined()).isFalse();
        assertThat(m.rocAuc().value().reason()).contains("only one class").contains("no positives");
        assertThat(m.positiveClass()).isEqualTo(new ClassMetrics("yes", 0, 1, 0, 0, 0));
        assertThat(m.logLoss().get()).isEqualTo(-(Math.log(0.8) + Math.log(0.3)) / 2, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void emptyAccumulatorHasUndefinedMetricsAndNoNaN() {
        ClassificationMetrics m = multiclass.metrics();
        assertThat(m.count()).isZero();
        assertThat(m.accuracy().reason()).isEqualTo("no rows");
        assertThat(m.macro().f1().isDefined()).isFalse();
        assertThat(m.rocAuc().value().reason()).isEqualTo("no rows with scores");
        assertThat(m.logLoss().isDefined()).isFalse();
        assertThat(m.calibration().expectedCalibrationError().isDefined()).isFalse();
        assertThat(m.positiveClass()).isNull();
    }

    @Test
    void logLossClipsCertainMistakes() {
        binary.add("yes", "no", 0.0);
        assertThat(binary.metrics().logLoss().get()).isEqualTo(-Math.log(1e-15));
    }

    @Test
    void probabilitiesAreNormalisedWithinTheTolerance() {
        multiclass.add("a", "a", Map.of("a", 0.6, "b", 0.403)); // sums to 1.003
        multiclass.add("b", "a", Map.of("a", 0.7, "b", 0.3));
        ClassificationMetrics m = multiclass.metrics();
        assertThat(m.logLoss().get()).isCloseTo(-(Math.log(0.6 / 1.003) + Math.log(0.3)) / 2,
                org.assertj.core.data.Offset.offset(1e-15));
        assertThat(m.rocAuc().perClass()).containsOnlyKeys("a", "b");
    }

    @Test
    void badRowsAreRefusedWithSpecificMessagesAndLeaveNoTrace() {
        binary.add("yes", "yes", 0.9);
        byte[] before = binary.toBytes();
        assertThatThrownBy(() -> binary.add("yes", "no", 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> binary.add("yes", "no", Double.NaN)).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> binary.add(null, "no")).hasMessageContaining("actual label");
        assertThatThrownBy(() -> binary.add("yes", "")).hasMessageContaining("predicted label");
        assertThatThrownBy(() -> binary.add("yes", "no", Map.of("yes", 2.0, "no", 3.0)))
                .hasMessageContaining("sum to 5.0");
        assertThatThrownBy(() -> binary.add("yes", "no", Map.of("yes", -0.1, "no", 1.1)))
                .hasMessageContaining("non-negative");
        assertThatThrownBy(() -> binary.add("yes", "no", Map.of())).hasMessageContaining("at least one class");
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("yes", null);
        assertThatThrownBy(() -> binary.add("yes", "no", withNull)).hasMessageContaining("finite");
        assertThat(binary.toBytes()).isEqualTo(before);
    }

    @Test
    void aScoreNeedsABinaryClassifier() {
        assertThatThrownBy(() -> multiclass.add("a", "b", 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("binary classifier");
    }

    @Test
    void theClassLimitRefusesNewLabelsWithoutChangingState() {
        ClassificationAccumulator small = new ClassificationAccumulator(ClassificationConfig.multiclass().withMaxClasses(3));
        small.add("a", "b");
        small.add("c", "c");
        assertThatThrownBy(() -> small.add("a", "d")).hasMessageContaining("more than 3 distinct labels");
        ClassificationAccumulator other = new ClassificationAccumulator(small.config());
        other.add("e", "e");
        assertThatThrownBy(() -> small.merge(other)).hasMessageContaining("more than 3");
        assertThat(small.count()).isEqualTo(2);
        assertThat(small.metrics().classes()).hasSize(3);
    }

    @Test
    void differentConfigurationsDoNotMerge() {
        assertThatThrownBy(() -> binary.merge(new ClassificationAccumulator(ClassificationConfig.binary("no"))))
                .hasMessageContaining("different configurations");
    }

    @Test
    void malformedBytesAreRefused() {
        binary.add("yes", "no", 0.4);
        byte[] bytes = binary.toBytes();
        assertThatThrownBy(() -> ClassificationAccumulator.fromBytes(Arrays.copyOf(bytes, bytes.length - 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> ClassificationAccumulator.fromBytes(Arrays.copyOf(bytes, bytes.length + 1)))
                .hasMessageContaining("trailing");
        assertThatThrownBy(() -> ClassificationAccumulator.fromBytes(new RegressionAccumulator().toBytes()))
                .hasMessageContaining("wrong magic");
        byte[] future = bytes.clone();
        future[4] = 9;
        assertThatThrownBy(() -> ClassificationAccumulator.fromBytes(future)).hasMessageContaining("version 9");
    }

    @Test
    void configurationsAreValidated() {
        assertThatThrownBy(() -> ClassificationConfig.binary(null)).hasMessageContaining("positive class");
        assertThatThrownBy(() -> ClassificationConfig.multiclass().withCalibrationBins(0))
                .hasMessageContaining("calibrationBins");
        assertThatThrownBy(() -> ClassificationConfig.multiclass().withScoreLimits(10, 1)).hasMessageContaining("gridBins");
    }

    @Test
    void regressionRefusesValuesWhoseSquaresCouldOverflow() {
        RegressionAccumulator acc = new RegressionAccumulator();
        assertThatThrownBy(() -> acc.add(1e200, 0)).hasMessageContaining("magnitude");
        assertThatThrownBy(() -> acc.add(0, Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
    }
}
