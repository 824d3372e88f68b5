package io.trustplane.core.monitoring.trust;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void fourSignificantDigitsWithoutTrailingZeros() {
        assertThat(Numbers.format(0.91)).isEqualTo("0.91");
        assertThat(Numbers.format(42.857142)).isEqualTo("42.86");
        assertThat(Numbers.format(1234.5)).isEqualTo("1235");
        assertThat(Numbers.format(20000)).isEqualTo("20000");
        assertThat(Numbers.format(0)).isEqualTo("0");
        assertThat(Numbers.format(-0.005)).isEqualTo("-0.005");
        assertThat(Numbers.format(4.3881e-7)).isEqualTo("4.388E-7");
        assertThat(Numbers.format(1.755e-6)).isEqualTo("1.755E-6");
        assertThat(Numbers.format(-2e-5)).isEqualTo("-2E-5");
        assertThat(Numbers.percent(0.0123)).isEqualTo("1.23%");
    }
}
