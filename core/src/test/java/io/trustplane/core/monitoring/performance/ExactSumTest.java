package io.trustplane.core.monitoring.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExactSumTest {

    @Test
    void cancellationLosesNothing() {
        ExactSum sum = new ExactSum();
        for (double x : new double[] {1e100, 1.0, -1e100, 1e-300, Double.MIN_VALUE}) {
            sum.add(x);
        }
        assertThat(sum.value()).isEqualTo(1.0); // 1 + 1e-300 rounds to 1
        sum.add(-1.0);
        assertThat(sum.value()).isEqualTo(1e-300); // the nearest double to 1e-300 + 2^-1074
        assertThat(sum.canonical()).containsExactly(1e-300, Double.MIN_VALUE); // nothing was lost
    }

    @Test
    void productsAreExact() {
        ExactSum sum = new ExactSum();
        double third = 1 / 3.0;
        sum.addProduct(third, 3);
        sum.add(-1);
        assertThat(sum.value()).isEqualTo(Math.fma(third, 3, -1)).isNotZero();
    }

    @Test
    void refusesNonFiniteValues() {
        assertThatThrownBy(() -> new ExactSum().add(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
