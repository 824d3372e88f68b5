package io.trustplane.core.monitoring.drift;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.SignificanceResult;

/**
 * Pearson's chi-square test of homogeneity between the reference's and the current window's category counts:
 * the 2 × K contingency table of counts, {@code scipy.stats.chi2_contingency(table, correction=False)}
 * (no Yates correction, which SciPy applies only to 2 × 2 tables anyway), computed by Commons Statistics'
 * {@link ChiSquareTest}.
 *
 * <p><b>Categories.</b> The columns are the union of both sides' categories; a category absent on one side is a
 * 0 in that row, which is exactly the evidence of drift (a new or vanished category).
 *
 * <p><b>Tiny expected counts.</b> The chi-square approximation needs expected counts of about 5 or more
 * (Cochran 1954). Columns whose expected count is below {@code minExpected} in either row are pooled into one
 * column before the test (so rare categories still count, together); if the pooled column itself stays below
 * the minimum it is kept all the same. With fewer than two columns left there is nothing to test and the result
 * is "no evidence" (statistic 0, p-value 1, 0 degrees of freedom). {@code minExpected = 0} disables pooling.
 */
public final class ChiSquareHomogeneity {

    /** Cochran's rule of thumb. */
    public static final double DEFAULT_MIN_EXPECTED = 5;

    /**
     * @param categories the table's columns after pooling ({@code pooled} names the pooled ones, if any)
     * @param dof        degrees of freedom, {@code columns − 1}
     */
    public record Result(double statistic, double pValue, int dof, List<String> categories, List<String> pooled) {
        public Result {
            categories = List.copyOf(categories);
            pooled = List.copyOf(pooled);
        }
    }

    private ChiSquareHomogeneity() {
    }

    public static Result test(Map<String, Long> reference, Map<String, Long> current, double minExpected) {
        if (!(minExpected >= 0)) {
            throw new IllegalArgumentException("minExpected must be non-negative: " + minExpected);
        }
        Set<String> all = new LinkedHashSet<>(reference.keySet());
        all.addAll(current.keySet());
        long refTotal = total(reference, "reference");
        long curTotal = total(current, "current");
        double n = (double) refTotal + curTotal;
        List<String> kept = new ArrayList<>();
        List<String> pooled = new ArrayList<>();
        List<long[]> columns = new ArrayList<>();
        long[] pool = new long[2];
        for (String category : all) {
            long r = reference.getOrDefault(category, 0L);
            long c = current.getOrDefault(category, 0L);
            if (r + c == 0) {
                continue;
            }
            double column = r + c;
            if (column * Math.min(refTotal, curTotal) / n < minExpected) {
                pooled.add(category);
                pool[0] += r;
                pool[1] += c;
            } else {
                kept.add(category);
                columns.add(new long[] {r, c});
            }
        }
        if (!pooled.isEmpty()) {
            columns.add(pool);
        }
        if (columns.size() < 2) {
            return new Result(0, 1, 0, kept, pooled);
        }
        long[][] table = new long[2][columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            table[0][j] = columns.get(j)[0];
            table[1][j] = columns.get(j)[1];
        }
        SignificanceResult result = ChiSquareTest.withDefaults().test(table);
        return new Result(result.getStatistic(), result.getPValue(), columns.size() - 1, kept, pooled);
    }

    private static long total(Map<String, Long> counts, String which) {
        long total = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException("the " + which + " count of '" + e.getKey()
                        + "' is negative or null");
            }
            total += e.getValue();
        }
        if (total == 0) {
            throw new IllegalArgumentException("the " + which + " counts are empty");
        }
        return total;
    }
}
