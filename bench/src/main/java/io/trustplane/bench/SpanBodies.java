package io.trustplane.bench;

/**
 * Realistic native ingestion bodies ({@code POST /api/v1/traces}) with unique ids: one body is rendered once as a
 * template whose trace ids contain a fixed-width run of zeros, and each request writes its sequence number into
 * those digits ({@link NumberedIdBodies}).
 */
final class SpanBodies extends NumberedIdBodies {

    /** The conversation every benchmark span carries, natively and over OTLP, so that both move the same text. */
    static final String SYSTEM_PROMPT = "You are a helpful assistant for a retail bank. Answer briefly.";
    static final String USER_PROMPT = "What is the interest rate on a standard savings account, and how often is it paid?";
    static final String ANSWER = "The standard savings account pays 2.10% AER, compounded monthly and paid on the first "
            + "business day of each month.";

    SpanBodies(String runId, int connection, int spansPerRequest) {
        super(render(templateId(runId, connection), spansPerRequest), idPrefix(runId, connection));
    }

    private static byte[] render(String traceId, int spansPerRequest) {
        StringBuilder json = new StringBuilder(spansPerRequest * 900).append("{\"spans\":[");
        for (int i = 0; i < spansPerRequest; i++) {
            if (i > 0) json.append(',');
            json.append(span(traceId, i));
        }
        return json.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String span(String traceId, int index) {
        boolean root = index == 0;
        return """
                {"traceId":"%s","spanId":"span-%04d","parentSpanId":%s,"name":"%s","kind":"%s",\
                "startTime":"2026-11-22T10:00:00.%03dZ","endTime":"2026-11-22T10:00:01.%03dZ","status":"ok",\
                "model":"gpt-4o-mini","provider":"openai",\
                "input":[{"role":"system","content":"%s"},{"role":"user","content":"%s"}],"output":"%s",\
                "inputTokens":48,"outputTokens":31,"totalTokens":79,"cost":0.0000612,"userId":"user-%d","sessionId":"session-%d",\
                "tags":["prod","chat"],"attributes":{"temperature":0.2,"region":"eu-west-1","retry":0}}"""
                .formatted(traceId, index, root ? "null" : "\"span-0000\"", root ? "answer-question" : "chat-completion",
                        root ? "agent" : "llm", index % 1000, index % 1000, SYSTEM_PROMPT, USER_PROMPT, ANSWER,
                        index % 97, index % 13);
    }
}
