package io.trustplane.core.monitoring.trust;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How numbers are written in the trust score's and the canary analysis' explanations.
 *
 * <p>Explanations are read by people, so they carry four significant digits, no exponent and no trailing
 * zeros ({@code 0.91}, {@code 42.86}, {@code 1235}), except that magnitudes below 1e-4 (tiny p-values) use
 * scientific notation ({@code 4.388E-7}) to stay short; the exact values are in the structured fields next to
 * each explanation, so nothing is lost by the rounding here.
 */
public final class Numbers {

    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_UP);

    private Numbers() {
    }

    /** {@code value} to four significant digits, trailing zeros removed; plain notation unless |value| < 1e-4. */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros();
        if (Math.abs(value) >= 1e-4) {
            return rounded.toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        return rounded.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "E" + exponent;
    }

    /** A share in [0, 1] as a percentage: {@code 0.0123} → {@code "1.23%"}. */
    public static String percent(double share) {
        return format(share * 100) + "%";
    }
}
