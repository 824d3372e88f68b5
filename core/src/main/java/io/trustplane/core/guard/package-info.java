/**
 * The guard engine: detectors that score text for prompt injection, jailbreaks, PII, secrets and
 * unsafe output, and the engine that runs them over a request.
 *
 * <p>Every detector implements {@link io.trustplane.core.guard.Detector}: it scans one
 * {@link io.trustplane.core.guard.TextSegment} (a prompt, a chat message, a model output) and
 * returns a {@link io.trustplane.core.guard.DetectorResult}: a score in [0, 1], a verdict at the
 * detector's threshold, and {@link io.trustplane.core.guard.Finding findings} with character spans
 * into the segment's original text. Detectors are thread-safe, never throw on any input, and bound
 * their own work, so one may be shared by all requests.
 *
 * <p>Sub-packages hold one family each: {@code text} (normalisation and decoding shared by
 * detectors), {@code injection}, {@code pii}, {@code secrets}, {@code output}, {@code rules}
 * (per-project custom rules) and {@code policy} (CEL policies that turn results into decisions).
 */
package io.trustplane.core.guard;
