package io.trustplane.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Realistic ingestion bodies with unique ids, made cheaply: one body is rendered once as a template whose
 * trace ids contain a fixed-width run of zeros; each request writes its sequence number into those
 * positions of the connection's request buffer, in place. The generator thus spends microseconds per
 * request, not the tens of microseconds that rendering 100 spans of JSON would cost, and stays out of
 * the server's way.
 */
final class SpanBodies {
    static final int SEQUENCE_DIGITS = 12;
    private static final String MARK = "0".repeat(SEQUENCE_DIGITS);

    private final byte[] template;
    private final int[] sequenceOffsets;

    SpanBodies(String runId, int connection, int spansPerRequest) {
        String traceId = runId + "-c" + connection + "-" + MARK;
        StringBuilder json = new StringBuilder(spansPerRequest * 900).append("{\"spans\":[");
        for (int i = 0; i < spansPerRequest; i++) {
            if (i > 0) json.append(',');
            json.append(span(traceId, i));
        }
        json.append("]}");
        template = json.toString().getBytes(StandardCharsets.UTF_8);
        List<Integer> offsets = new ArrayList<>();
        byte[] mark = (runId + "-c" + connection + "-" + MARK).getBytes(StandardCharsets.UTF_8);
        for (int i = indexOf(template, mark, 0); i >= 0; i = indexOf(template, mark, i + 1)) {
            offsets.add(i + mark.length - SEQUENCE_DIGITS);
        }
        sequenceOffsets = offsets.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The body of request number {@code sequence}: every trace id in it carries that number. */
    byte[] body(long sequence) {
        byte[] body = template.clone();
        stamp(ByteBuffer.wrap(body), 0, sequence);
        return body;
    }

    /**
     * A buffer holding {@code head} followed by the template body, to be sent again and again after
     * {@link #stamp} wrote each request's number into it: no allocation and no copy per request.
     */
    ByteBuffer request(byte[] head) {
        return ByteBuffer.allocateDirect(head.length + template.length).put(head).put(template).flip();
    }

    /** Writes {@code sequence} into the trace ids of the body that starts at {@code bodyStart} in {@code target}. */
    void stamp(ByteBuffer target, int bodyStart, long sequence) {
        for (int offset : sequenceOffsets) {
            long value = sequence;
            for (int d = SEQUENCE_DIGITS - 1; d >= 0; d--) {
                target.put(bodyStart + offset + d, (byte) ('0' + value % 10));
                value /= 10;
            }
        }
    }

    int size() {
        return template.length;
    }

    private static String span(String traceId, int index) {
        boolean root = index == 0;
        return """
                {"traceId":"%s","spanId":"span-%04d","parentSpanId":%s,"name":"%s","kind":"%s",\
                "startTime":"2026-11-22T10:00:00.%03dZ","endTime":"2026-11-22T10:00:01.%03dZ","status":"ok",\
                "model":"gpt-4o-mini","provider":"openai",\
                "input":[{"role":"system","content":"You are a helpful assistant for a retail bank. Answer briefly."},\
                {"role":"user","content":"What is the interest rate on a standard savings account, and how often is it paid?"}],\
                "output":"The standard savings account pays 2.10%% AER, compounded monthly and paid on the first business day of each month.",\
                "inputTokens":48,"outputTokens":31,"totalTokens":79,"cost":0.0000612,"userId":"user-%d","sessionId":"session-%d",\
                "tags":["prod","chat"],"attributes":{"temperature":0.2,"region":"eu-west-1","retry":0}}"""
                .formatted(traceId, index, root ? "null" : "\"span-0000\"", root ? "answer-question" : "chat-completion",
                        root ? "agent" : "llm", index % 1000, index % 1000, index % 97, index % 13);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
