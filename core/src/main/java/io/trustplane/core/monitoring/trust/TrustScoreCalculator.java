package io.trustplane.core.monitoring.trust;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trust score: a weighted mean of six 0–100 sub-scores (performance, drift, fairness, guard findings,
 * error rate, latency), each computed from raw inputs by a documented {@link Ramp}.
 *
 * <pre>
 *   included   = components with data and a configured weight &gt; 0
 *   effective_c = w_c / Σ_{included} w           (renormalization: missing components do not drag the score down)
 *   contribution_c = effective_c × subScore_c
 *   rawScore   = Σ_{included} contribution_c      ∈ [0, 100]
 *   score      = rawScore rounded half-up to one decimal; the band is read from the rounded score
 * </pre>
 *
 * <p>Why a weighted arithmetic mean: every point of the score can then be attributed to exactly one
 * component ("performance contributed 30 of the 84 points"), which is what makes the number explainable.
 * A component without data is left out rather than scored 0 or 100, because both would invent evidence;
 * the output lists it with status {@link ComponentStatus#NO_DATA} and a note says how the weights were
 * renormalized. The same calculator scores a model version and an LLM application (project); they differ
 * only in which inputs the caller has.
 *
 * <p>Pure and thread-safe.
 */
public final class TrustScoreCalculator {

    private final TrustSettings settings;

    public TrustScoreCalculator(TrustSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("trust settings are required");
        }
        this.settings = settings;
    }

    /** A calculator with {@link TrustSettings#defaults()}. */
    public static TrustScoreCalculator withDefaults() {
        return new TrustScoreCalculator(TrustSettings.defaults());
    }

    public TrustSettings settings() {
        return settings;
    }

    /** The score of one window's inputs. */
    public TrustScore score(TrustInputs inputs) {
        if (inputs == null) {
            throw new IllegalArgumentException("trust inputs are required (use TrustInputs.NONE for no data)");
        }
        TrustComponent[] all = TrustComponent.values();
        List<Optional<Assessment>> assessed = new ArrayList<>(all.length);
        double includedWeight = 0;
        for (TrustComponent c : all) {
            Optional<Assessment> a = inputs.assess(c, settings);
            assessed.add(a);
            if (a.isPresent()) {
                includedWeight += settings.weights().weight(c);
            }
        }
        List<TrustComponentScore> lines = new ArrayList<>(all.length);
        List<String> missing = new ArrayList<>();
        double raw = 0;
        for (TrustComponent c : all) {
            double weight = settings.weights().weight(c);
            Optional<Assessment> a = assessed.get(c.ordinal());
            if (a.isEmpty()) {
                if (weight > 0) {
                    missing.add(c.key());
                }
                lines.add(new TrustComponentScore(c, ComponentStatus.NO_DATA, Map.of(), null, weight, 0, 0,
                        "no " + c.key() + " data in the window: left out"
                                + (weight > 0 ? ", its weight " + Numbers.format(weight) + " spread over the others" : "")));
            } else if (weight == 0) {
                Assessment x = a.get();
                lines.add(new TrustComponentScore(c, ComponentStatus.ZERO_WEIGHT, x.inputs(), x.subScore(), 0, 0, 0,
                        x.explanation() + "; configured weight 0, so it does not count"));
            } else {
                Assessment x = a.get();
                double effective = weight / includedWeight;
                double contribution = effective * x.subScore();
                raw += contribution;
                lines.add(new TrustComponentScore(c, ComponentStatus.INCLUDED, x.inputs(), x.subScore(), weight,
                        effective, contribution, x.explanation()));
            }
        }
        List<String> notes = new ArrayList<>();
        if (includedWeight == 0) {
            notes.add("no component with a positive weight had data, so there is no score");
            return new TrustScore(null, null, TrustBand.NO_DATA, lines, notes);
        }
        if (!missing.isEmpty()) {
            notes.add("left out for lack of data: " + String.join(", ", missing) + "; the included weights (sum "
                    + Numbers.format(includedWeight) + ") were divided by their sum to add up to 1");
        }
        double score = BigDecimal.valueOf(Math.min(100, Math.max(0, raw))).setScale(1, RoundingMode.HALF_UP).doubleValue();
        TrustBand band = settings.band(score);
        notes.add("score " + Numbers.format(score) + " = the sum of the contributions (" + Numbers.format(raw)
                + ") rounded to one decimal: " + band + " (trusted at or above " + Numbers.format(settings.trustedAtLeast())
                + ", watch at or above " + Numbers.format(settings.watchAtLeast()) + ")");
        return new TrustScore(score, raw, band, lines, notes);
    }

    /**
     * The score of each window, in the same order: a pure function of the windows, so the history can be
     * recomputed at any time (for example after the settings changed).
     *
     * @param windows windows with strictly increasing starts
     */
    public List<TrustPoint> history(List<TrustWindow> windows) {
        if (windows == null) {
            throw new IllegalArgumentException("windows are required");
        }
        List<TrustPoint> points = new ArrayList<>(windows.size());
        Instant previous = null;
        for (int i = 0; i < windows.size(); i++) {
            TrustWindow w = windows.get(i);
            if (w == null) {
                throw new IllegalArgumentException("window " + i + " is null");
            }
            if (previous != null && !w.start().isAfter(previous)) {
                throw new IllegalArgumentException("window starts must strictly increase: window " + i + " starts at "
                        + w.start() + ", not after " + previous);
            }
            previous = w.start();
            points.add(new TrustPoint(w.start(), score(w.inputs())));
        }
        return List.copyOf(points);
    }
}
