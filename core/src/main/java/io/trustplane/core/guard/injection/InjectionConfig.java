package io.trustplane.core.guard.injection;

/**
 * Settings of {@link InjectionDetector}.
 *
 * @param threshold score at which a segment is flagged; {@code NaN} means the bundled model's
 *     threshold, chosen at training time by cross-validation on the train split
 * @param greyZone half-width around the threshold in which the {@link SecondOpinion} is asked; the default
 *     0.15 asks it on about 1% of benign train rows with the bundled model (0.25 would ask on 45%)
 * @param maxDecodeDepth how many layers of nested encodings to peel (0 disables decoding)
 * @param secondOpinion optional heavier classifier, or null; asked on messages only, not on {@code DOCUMENT} or
 *     {@code TOOL} content, which the content model scores
 */
public record InjectionConfig(double threshold, double greyZone, int maxDecodeDepth, SecondOpinion secondOpinion) {
    public static final InjectionConfig DEFAULTS = new InjectionConfig(Double.NaN, 0.15, 3, null);

    public InjectionConfig {
        if (!Double.isNaN(threshold) && !(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold out of [0,1]: " + threshold);
        }
        if (!(greyZone >= 0 && greyZone <= 1)) {
            throw new IllegalArgumentException("greyZone out of [0,1]: " + greyZone);
        }
        if (maxDecodeDepth < 0 || maxDecodeDepth > 8) {
            throw new IllegalArgumentException("maxDecodeDepth out of [0,8]: " + maxDecodeDepth);
        }
    }

    public InjectionConfig withThreshold(double t) {
        return new InjectionConfig(t, greyZone, maxDecodeDepth, secondOpinion);
    }

    public InjectionConfig withGreyZone(double g) {
        return new InjectionConfig(threshold, g, maxDecodeDepth, secondOpinion);
    }

    public InjectionConfig withMaxDecodeDepth(int d) {
        return new InjectionConfig(threshold, greyZone, d, secondOpinion);
    }

    public InjectionConfig withSecondOpinion(SecondOpinion s) {
        return new InjectionConfig(threshold, greyZone, maxDecodeDepth, s);
    }
}
