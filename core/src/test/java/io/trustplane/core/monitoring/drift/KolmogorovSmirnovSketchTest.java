package io.trustplane.core.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The exact p-value for a statistic that no two samples of the given sizes can produce (as a statistic computed from
 * sketches is): it is taken at the nearest value they can, so it lies between the p-values of its two neighbours.
 */
class KolmogorovSmirnovSketchTest {

    @Test
    void aStatisticBetweenAchievableValuesGetsTheNearestOnesPValue() {
        int n = 1000;
        int m = 1471; // coprime with 1000: achievable statistics are multiples of 1/1,471,000
        double lcm = 1_471_000;
        double d = 0.6900003; // 1,014,990.4 / lcm: between two achievable values
        double p = KolmogorovSmirnov.exactPValue(d, n, m);
        double below = KolmogorovSmirnov.exactPValue(Math.floor(d * lcm) / lcm, n, m);
        double above = KolmogorovSmirnov.exactPValue(Math.ceil(d * lcm) / lcm, n, m);

        assertThat(p).isBetween(Math.min(below, above), Math.max(below, above));
        assertThat(p).isBetween(0.0, 1.0);
    }

    @Test
    void everyStatisticOfManySizesGetsAPValue() {
        for (int n : new int[] {7, 120, 1000}) {
            for (int m : new int[] {13, 777, 1471}) {
                for (double d = 0.0005; d < 1; d += 0.0731) {
                    assertThat(KolmogorovSmirnov.exactPValue(d, n, m)).isBetween(0.0, 1.0);
                }
            }
        }
    }
}
