/**
 * Text preparation shared by detectors: {@link io.trustplane.core.guard.text.TextNormalizer}
 * (Unicode, lookalike, invisible-character, leetspeak and spacing folding with an offset map back
 * to the original text) and {@link io.trustplane.core.guard.text.PayloadDecoder} (base64, hex, URL,
 * HTML entities, Morse and rot13 payloads). Both are linear-time and never throw.
 */
package io.trustplane.core.guard.text;
