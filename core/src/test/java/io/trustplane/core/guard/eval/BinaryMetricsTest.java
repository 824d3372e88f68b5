package io.trustplane.core.guard.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BinaryMetricsTest {

    @Test
    void confusionCounts() {
        BinaryMetrics m = BinaryMetrics.of(List.of(new ScoredLabel(true, 0.9, true), new ScoredLabel(true, 0.2, false),
                new ScoredLabel(false, 0.7, true), new ScoredLabel(false, 0.1, false), new ScoredLabel(false, 0.1, false)));
        assertThat(m.recall()).isEqualTo(0.5);
        assertThat(m.falsePositiveRate()).isEqualTo(1.0 / 3);
        assertThat(m.precision()).isEqualTo(0.5);
        assertThat(m.f1()).isEqualTo(0.5);
    }

    @Test
    void aucMatchesPairCountingWithTies() {
        Random random = new Random(7);
        double[] pos = new double[200];
        double[] neg = new double[300];
        for (int i = 0; i < pos.length; i++) pos[i] = Math.round(random.nextDouble() * 20) / 20.0 + 0.1;
        for (int i = 0; i < neg.length; i++) neg[i] = Math.round(random.nextDouble() * 20) / 20.0;
        double pairs = 0;
        for (double p : pos) for (double n : neg) pairs += p > n ? 1 : p == n ? 0.5 : 0;
        assertThat(BinaryMetrics.rocAuc(pos, neg)).isCloseTo(pairs / (pos.length * neg.length), within(1e-12));
    }

    @Test
    void recallAtFprKeepsTheFalsePositiveBudget() {
        double[] neg = new double[200];
        for (int i = 0; i < neg.length; i++) neg[i] = i / 200.0; // 0.000 .. 0.995
        double[] pos = {0.999, 0.996, 0.994, 0.5};
        // 1% of 200 = 2 negatives may score above the threshold: threshold = 0.985 (3rd highest)
        assertThat(BinaryMetrics.thresholdAtFpr(neg, 0.01)).isEqualTo(0.985);
        assertThat(BinaryMetrics.recallAtFpr(pos, neg, 0.01)).isEqualTo(0.75);
        assertThat(BinaryMetrics.rocAuc(new double[] {1}, new double[0])).isNaN();
    }
}
