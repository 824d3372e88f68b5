package io.trustplane.core.monitoring.canary;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.apache.commons.statistics.inference.SignificanceResult;

/**
 * One-sided test that the candidate's event rate (errors, misclassifications, guard findings) is higher
 * than the baseline's.
 *
 * <p>Table {@code [[candidate events, candidate non-events], [baseline events, baseline non-events]]}. When
 * the smallest expected cell count {@code min(row) · min(column) / N} is below the threshold (Cochran's rule:
 * the normal approximation is poor there), Fisher's exact test with the alternative "odds ratio &gt; 1"
 * (Commons Statistics {@link FisherExactTest}; {@code scipy.stats.fisher_exact(table, alternative='greater')}).
 * Its statistic is the sample odds ratio {@code (a·d)/(b·c)}, SciPy's statistic, which anyone can recompute from
 * the counts (infinite when b or c is 0, NaN when the table has a zero row or column); Commons' own statistic,
 * the conditional maximum likelihood estimate, is found numerically to about three digits only. Otherwise the pooled
 * two-proportion z-test:
 * <pre>
 *   p̂ = (x_c + x_b) / (n_c + n_b),  z = (x_c/n_c − x_b/n_b) / sqrt(p̂ (1 − p̂) (1/n_c + 1/n_b)),  p = 1 − Φ(z)
 * </pre>
 * The z-test is also used when a count exceeds {@code int} range (Fisher's test takes {@code int} counts; its
 * expected-count condition is then met except in degenerate tables).
 */
public final class TwoProportionTest {

    private static final FisherExactTest FISHER = FisherExactTest.withDefaults()
            .with(AlternativeHypothesis.GREATER_THAN);
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private TwoProportionTest() {
    }

    /**
     * Tests "candidate rate &gt; baseline rate".
     *
     * @param fisherBelowExpected use Fisher's exact test when the smallest expected count is below this
     */
    public static TestResult candidateHigher(long candidateEvents, long candidateTotal, long baselineEvents,
                                             long baselineTotal, double fisherBelowExpected) {
        requireCounts("candidate", candidateEvents, candidateTotal);
        requireCounts("baseline", baselineEvents, baselineTotal);
        long events = candidateEvents + baselineEvents;
        long total = candidateTotal + baselineTotal;
        double minExpected = (double) Math.min(candidateTotal, baselineTotal) * Math.min(events, total - events) / total;
        boolean fitsInt = total <= Integer.MAX_VALUE;
        if (minExpected < fisherBelowExpected && fitsInt) {
            int[][] table = {
                {(int) candidateEvents, (int) (candidateTotal - candidateEvents)},
                {(int) baselineEvents, (int) (baselineTotal - baselineEvents)},
            };
            SignificanceResult r = FISHER.test(table);
            double oddsRatio = (double) table[0][0] * table[1][1] / ((double) table[0][1] * table[1][0]);
            return new TestResult("fisher_exact", oddsRatio, r.getPValue());
        }
        return zTest(candidateEvents, candidateTotal, baselineEvents, baselineTotal);
    }

    /**
     * The pooled two-proportion z-test, one-sided "candidate higher". When every observation is an event or none
     * is, the pooled variance is 0 and both rates are equal: there is no evidence of a difference, so z = 0 and
     * p = 1.
     */
    public static TestResult zTest(long candidateEvents, long candidateTotal, long baselineEvents, long baselineTotal) {
        requireCounts("candidate", candidateEvents, candidateTotal);
        requireCounts("baseline", baselineEvents, baselineTotal);
        double pc = (double) candidateEvents / candidateTotal;
        double pb = (double) baselineEvents / baselineTotal;
        double pooled = (double) (candidateEvents + baselineEvents) / (candidateTotal + baselineTotal);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / candidateTotal + 1.0 / baselineTotal));
        if (se == 0) {
            return new TestResult("two_proportion_z", 0, 1);
        }
        double z = (pc - pb) / se;
        return new TestResult("two_proportion_z", z, STANDARD_NORMAL.survivalProbability(z));
    }

    private static void requireCounts(String arm, long events, long total) {
        if (total <= 0 || events < 0 || events > total) {
            throw new IllegalArgumentException(arm + ": events must be in [0, total] with total > 0: " + events
                    + " of " + total);
        }
    }
}
