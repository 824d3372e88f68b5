package io.trustplane.core.monitoring.profile;

/**
 * How profiles are built. Stored with every profile, so a profile read back keeps the settings it was made with.
 *
 * @param compression   the t-digest compression (δ): about {@code 2δ} centroids at most, quantile error
 *                      roughly {@code 1/δ} in the middle of the distribution and far less in the tails.
 *                      Default {@value #DEFAULT_COMPRESSION}.
 * @param exactLimit    a numeric profile keeps its raw values while it has at most this many, so small windows
 *                      give exact statistics (the same as SciPy on raw data); beyond it, the values go into the
 *                      sketch. Default {@value #DEFAULT_EXACT_LIMIT} (8 KB, about the size of a digest at δ=200).
 * @param maxCategories a categorical profile counts at most this many distinct categories; later new categories
 *                      are counted in the {@link CategoricalProfile#OTHER} bucket. Default
 *                      {@value #DEFAULT_MAX_CATEGORIES}.
 */
public record ProfileSettings(double compression, int exactLimit, int maxCategories) {

    public static final double DEFAULT_COMPRESSION = 200;
    public static final int DEFAULT_EXACT_LIMIT = 1024;
    public static final int DEFAULT_MAX_CATEGORIES = 1000;
    public static final ProfileSettings DEFAULTS =
            new ProfileSettings(DEFAULT_COMPRESSION, DEFAULT_EXACT_LIMIT, DEFAULT_MAX_CATEGORIES);

    public ProfileSettings {
        if (!(compression >= 20 && compression <= 10_000)) {
            throw new IllegalArgumentException("compression must be between 20 and 10000: " + compression);
        }
        if (exactLimit < 0 || exactLimit > 1_000_000) {
            throw new IllegalArgumentException("exactLimit must be between 0 and 1000000: " + exactLimit);
        }
        if (maxCategories < 1 || maxCategories > 1_000_000) {
            throw new IllegalArgumentException("maxCategories must be between 1 and 1000000: " + maxCategories);
        }
    }
}
