/**
 * Prompt-injection and jailbreak detection: {@link io.trustplane.core.guard.injection.InjectionDetector}
 * (normalisation, payload decoding, lexical rules, a bundled linear model, and an optional
 * {@link io.trustplane.core.guard.injection.SecondOpinion} such as the embedding classifier in the
 * {@code trustplane-embeddings} module). See the class javadoc for why each layer exists.
 */
package io.trustplane.core.guard.injection;
