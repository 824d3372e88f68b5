package io.trustplane.core.monitoring.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MultipleComparisonTest {

    private static final double[] P = {0.01, 0.04, 0.03, 0.005};

    @Test
    void holmStepsDownAndKeepsTheOrderMonotone() {
        // sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → max so far 0.06
        assertThat(MultipleComparison.HOLM.adjust(P)).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02},
                within(1e-15));
    }

    @Test
    void bonferroniMultipliesAndCaps() {
        assertThat(MultipleComparison.BONFERRONI.adjust(P)).containsExactly(new double[] {0.04, 0.16, 0.12, 0.02},
                within(1e-15));
        assertThat(MultipleComparison.BONFERRONI.adjust(0.6, 0.1)).containsExactly(1.0, 0.2);
    }

    @Test
    void noneLeavesThemAndEmptyIsEmpty() {
        assertThat(MultipleComparison.NONE.adjust(P)).containsExactly(P);
        assertThat(MultipleComparison.HOLM.adjust()).isEmpty();
    }

    @Test
    void rejectsPValuesOutsideTheUnitInterval() {
        assertThatThrownBy(() -> MultipleComparison.HOLM.adjust(0.2, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p-value 1");
    }
}
