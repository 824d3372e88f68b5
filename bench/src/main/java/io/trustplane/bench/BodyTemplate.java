package io.trustplane.bench;

import java.nio.ByteBuffer;

/**
 * A request body rendered once, with the places that make each request unique (its trace ids) known: every request
 * writes its sequence number into those places of the connection's request buffer, in place. The generator thus
 * spends microseconds per request, not the tens of microseconds that encoding hundreds of spans would cost, and
 * stays out of the server's way. {@link SpanBodies} (native JSON) and {@link OtlpBodies} (OTLP protobuf) differ
 * only in how they render the body and how they write the number.
 */
abstract class BodyTemplate {
    private final byte[] template;
    private final int[] sequenceOffsets;

    /** @param sequenceOffsets where in {@code template} each request's number is written */
    BodyTemplate(byte[] template, int[] sequenceOffsets) {
        this.template = template;
        this.sequenceOffsets = sequenceOffsets;
    }

    /** The body of request number {@code sequence}: every trace id in it carries that number. */
    final byte[] body(long sequence) {
        byte[] body = template.clone();
        stamp(ByteBuffer.wrap(body), 0, sequence);
        return body;
    }

    /**
     * A buffer holding {@code head} followed by the template body, to be sent again and again after
     * {@link #stamp} wrote each request's number into it: no allocation and no copy per request.
     */
    final ByteBuffer request(byte[] head) {
        return ByteBuffer.allocateDirect(head.length + template.length).put(head).put(template).flip();
    }

    /** Writes {@code sequence} into the trace ids of the body that starts at {@code bodyStart} in {@code target}. */
    final void stamp(ByteBuffer target, int bodyStart, long sequence) {
        for (int offset : sequenceOffsets) {
            write(target, bodyStart + offset, sequence);
        }
    }

    /** Writes one copy of {@code sequence} at {@code position}, always in the same number of bytes. */
    abstract void write(ByteBuffer target, int position, long sequence);

    final int size() {
        return template.length;
    }

    /** Where {@code needle} starts in {@code haystack}, each occurrence (not overlapping). */
    static int[] occurrences(byte[] haystack, byte[] needle) {
        int[] found = new int[16];
        int count = 0;
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            if (count == found.length) found = java.util.Arrays.copyOf(found, count * 2);
            found[count++] = i;
            i += needle.length - 1;
        }
        return java.util.Arrays.copyOf(found, count);
    }
}
