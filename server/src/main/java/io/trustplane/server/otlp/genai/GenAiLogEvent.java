package io.trustplane.server.otlp.genai;

import java.time.Instant;

/**
 * One GenAI event carried as an OTLP log record: a message sent to or received from a model, or an evaluation
 * result.
 *
 * @param traceId the trace it belongs to, 32 lower-case hex digits, or null when the record has none
 * @param spanId the span it belongs to, 16 lower-case hex digits, or null when the record has none
 * @param side whether the message is model input or output, or an evaluation
 * @param time when it happened (the record's time, else its observed time), or null
 * @param messageJson one normalized message ({@code {"role", "content", "parts", "finish_reason"}}), or for an
 *     evaluation the object {@code {"name", "scoreValue", "scoreLabel", "explanation", "responseId"}}
 */
public record GenAiLogEvent(String traceId, String spanId, Side side, Instant time, String messageJson) {

    /** Where the event's content goes. */
    public enum Side {
        /** A message sent to the model (system, user, assistant history, tool result). */
        INPUT,
        /** A message the model returned (a choice). */
        OUTPUT,
        /** A {@code gen_ai.evaluation.result}. */
        EVALUATION
    }
}
