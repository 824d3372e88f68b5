package io.trustplane.core.guard.injection;

/**
 * A heavier classifier that {@link InjectionDetector} consults only when its fast stages are unsure
 * (the fast score falls in the configured grey zone). The {@code trustplane-embeddings} module
 * provides one over a sentence-embedding model; keeping the interface here keeps {@code core} free
 * of the model and its runtime.
 *
 * <p>Implementations must be thread-safe and should bound their own work (e.g. embed a bounded
 * number of chunks). An exception is treated as "no opinion".
 */
@FunctionalInterface
public interface SecondOpinion {
    /** Probability in [0, 1] that {@code normalisedText} is an injection or jailbreak attempt. */
    double score(String normalisedText);
}
