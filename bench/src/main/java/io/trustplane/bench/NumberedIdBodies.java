package io.trustplane.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A JSON body whose ids start with {@code <run>-c<connection>-} followed by a fixed-width run of
 * {@value #SEQUENCE_DIGITS} zeros in the template: each request writes its sequence number into those digits, in
 * place ({@link BodyTemplate}). Native spans ({@link SpanBodies}: trace ids), predictions ({@link PredictionBodies}:
 * prediction ids) and ground truth ({@link GroundTruthBodies}: the ids of the predictions it belongs to) share it,
 * so request {@code n} of connection {@code c} of run {@code r} names the same ids in all of them.
 */
abstract class NumberedIdBodies extends BodyTemplate {
    static final int SEQUENCE_DIGITS = 12;
    private static final String MARK = "0".repeat(SEQUENCE_DIGITS);

    /** @param idPrefix {@link #idPrefix}, which the template carries followed by the zeros wherever a request's number goes */
    NumberedIdBodies(byte[] template, String idPrefix) {
        super(template, shift(occurrences(template, (idPrefix + MARK).getBytes(StandardCharsets.UTF_8)),
                idPrefix.getBytes(StandardCharsets.UTF_8).length));
    }

    /** What the ids of a connection's requests start with. */
    static String idPrefix(String runId, int connection) {
        return runId + "-c" + connection + "-";
    }

    /** The id stem the template carries: {@code idPrefix} and the zeros each request overwrites with its number. */
    static String templateId(String runId, int connection) {
        return idPrefix(runId, connection) + MARK;
    }

    /** The id stem of request {@code sequence}: what {@link #templateId} becomes in that request's body. */
    static String requestId(String runId, int connection, long sequence) {
        return idPrefix(runId, connection) + String.format(java.util.Locale.ROOT, "%0" + SEQUENCE_DIGITS + "d", sequence);
    }

    @Override
    final void write(ByteBuffer target, int position, long sequence) {
        long value = sequence;
        for (int d = SEQUENCE_DIGITS - 1; d >= 0; d--) {
            target.put(position + d, (byte) ('0' + value % 10));
            value /= 10;
        }
    }

    private static int[] shift(int[] offsets, int by) {
        for (int i = 0; i < offsets.length; i++) offsets[i] += by;
        return offsets;
    }
}
