/**
 * Checks on model outputs: system-prompt and canary-token leakage, markdown image and link
 * exfiltration, invisible-character smuggling and refusals. PII and secrets in outputs are found by
 * the {@code pii} and {@code secrets} detectors, which scan outputs as well as inputs.
 */
package io.trustplane.core.guard.output;
