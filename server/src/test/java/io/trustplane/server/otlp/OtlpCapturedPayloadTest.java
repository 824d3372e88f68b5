package io.trustplane.server.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.server.testsupport.ApiClient.TestTenant;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A payload an instrumentation library really put on the wire (src/test/resources/otlp, provenance in its
 * README), posted byte for byte as OTLP/JSON, and what was stored read back through the query API.
 */
class OtlpCapturedPayloadTest extends OtlpClientTestSupport {
    private static final String TRACE_ID = "db5ffc41232f675cc16d1d89cb0ab9ae";
    private static final String WORKFLOW = "953710dacdc958e4";
    private static final String CHAT = "b123d7b3b0d224fd";

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = OtlpCapturedPayloadTest.class.getResourceAsStream("/otlp/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void anOpenLlmetryChatCompletionWithAToolCallIsStoredAsCaptured() throws Exception {
        TestTenant tenant = newTenant("captured");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(otlpEndpoint() + "/v1/traces"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + tenant.key())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(fixture("openllmetry-openai-tool-call.json")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(JSON.readTree(response.body()).has("partialSuccess")).as(response.body()).isFalse();
        awaitProjected();

        JsonNode trace = trace(tenant, TRACE_ID);
        assertThat(trace.get("spanCount").asInt()).isEqualTo(2);
        assertThat(trace.get("name").asString()).isEqualTo("support_triage.workflow");
        assertThat(trace.get("startTime").asString()).isEqualTo("2026-09-07T13:34:10.235364Z");
        assertThat(trace.get("durationMs").asDouble()).isEqualTo(26.982);
        assertThat(strings(trace.get("models"))).containsExactly("gpt-4o-mini-2024-07-18");
        assertThat(strings(trace.get("providers"))).containsExactly("openai");
        assertTokens(trace, 412, 27, 439);
        Map<String, JsonNode> spans = spansById(trace);
        assertThat(spans.keySet()).containsExactly(WORKFLOW, CHAT);

        JsonNode workflow = spans.get(WORKFLOW);
        assertThat(workflow.get("parentSpanId").isNull()).isTrue();
        assertThat(childIds(workflow)).containsExactly(CHAT);
        assertThat(workflow.get("status").asString()).isEqualTo("unset");
        // OpenLLMetry's workflow span: a chain, its entity input and output as they were given.
        assertThat(workflow.get("kind").asString()).isEqualTo("chain");
        assertThat(workflow.get("model").isNull()).isTrue();
        assertThat(workflow.get("provider").isNull()).isTrue();
        assertThat(workflow.get("input")).isEqualTo(json("{\"args\":[],\"kwargs\":{}}"));
        assertThat(workflow.get("output").isString()).isTrue();
        assertThat(JSON.readTree(workflow.get("output").asString()).get("id").asString()).isEqualTo("chatcmpl-CD8yqQ2y3kZs1o0Wm7bT");
        assertThat(workflow.get("totalTokens").isNull()).isTrue();
        assertThat(workflow.get("attributes").get("genai")).isEqualTo(json("{\"convention\":[\"openllmetry\"]}"));
        JsonNode workflowAttributes = workflow.get("attributes");
        assertThat(workflowAttributes.get("otel.span_kind").asString()).isEqualTo("INTERNAL");
        assertThat(workflowAttributes.get("traceloop.span.kind").asString()).isEqualTo("workflow");
        assertThat(workflowAttributes.get("otel.scope")).isEqualTo(json("{\"name\":\"traceloop.tracer\"}"));
        assertThat(workflowAttributes.get("otel.resource")).isEqualTo(spans.get(CHAT).get("attributes").get("otel.resource"));
        // A JSON string holding a JSON string holding the completion: kept exactly as sent.
        JsonNode completion = JSON.readTree(parsed(workflowAttributes.get("traceloop.entity.output")).asString());
        assertThat(completion.get("choices").get(0).get("message").get("tool_calls").get(0).get("function").get("name").asString())
                .isEqualTo("lookup_order");

        JsonNode chat = spans.get(CHAT);
        assertThat(chat.get("parentSpanId").asString()).isEqualTo(WORKFLOW);
        assertThat(chat.get("name").asString()).isEqualTo("openai.chat");
        assertThat(chat.get("startTime").asString()).isEqualTo("2026-09-07T13:34:10.235448Z");
        assertThat(chat.get("endTime").asString()).isEqualTo("2026-09-07T13:34:10.258441Z");
        assertThat(chat.get("durationMs").asDouble()).isEqualTo(22.993);
        assertThat(chat.get("status").asString()).isEqualTo("unset");
        assertThat(chat.get("statusMessage").isNull()).isTrue();
        // OpenLLMetry 0.62 writes the current OpenTelemetry conventions, so they are what is read.
        assertThat(chat.get("kind").asString()).isEqualTo("llm");
        assertThat(chat.get("model").asString()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(chat.get("provider").asString()).isEqualTo("openai");
        assertThat(chat.get("input")).isEqualTo(textMessages("system", "You are a support agent. Use the tools you are given.",
                "user", "Where is order A-1187?"));
        assertThat(chat.get("output")).isEqualTo(json("""
                [{"role":"assistant","parts":[{"type":"tool_call","name":"lookup_order","id":"call_9RtYbK2mXqLp",
                  "arguments":{"order_id":"A-1187"}}],"finish_reason":"tool_call"}]"""));
        assertTokens(chat, 412, 27, 439);
        assertThat(chat.get("userId").isNull()).isTrue();
        assertThat(chat.get("sessionId").isNull()).isTrue();
        assertThat(strings(chat.get("tags"))).isEmpty();
        assertThat(chat.get("attributes").get("genai")).isEqualTo(json("""
                {"operation":"chat","requestModel":"gpt-4o-mini","responseModel":"gpt-4o-mini-2024-07-18",
                 "responseId":"chatcmpl-CD8yqQ2y3kZs1o0Wm7bT","finishReasons":["tool_call"],"convention":["otel-genai"]}"""));
        JsonNode attributes = chat.get("attributes");
        assertThat(attributes.get("otel.span_kind").asString()).isEqualTo("CLIENT");
        assertThat(attributes.get("otel.resource")).isEqualTo(json("""
                {"telemetry.sdk.language":"python","telemetry.sdk.name":"opentelemetry","telemetry.sdk.version":"1.44.0",
                 "service.instance.id":"47b565f7-dd80-474a-8185-8d70ceacda71","service.name":"capture"}"""));
        assertThat(attributes.get("otel.scope")).isEqualTo(json("""
                {"name":"opentelemetry.instrumentation.openai.v1","version":"0.62.3"}"""));
        // 64-bit integers arrive as JSON strings ("1024") and are stored as numbers.
        assertThat(attributes.get("gen_ai.request.max_tokens").isIntegralNumber()).isTrue();
        assertThat(attributes.get("gen_ai.request.max_tokens").asLong()).isEqualTo(1024);
        assertThat(attributes.get("gen_ai.usage.cache_read.input_tokens").asLong()).isEqualTo(256);
        assertThat(attributes.get("gen_ai.request.top_p").asDouble()).isEqualTo(0.95);
        assertThat(attributes.get("gen_ai.is_streaming").isBoolean()).isTrue();
        assertThat(attributes.get("gen_ai.is_streaming").asBoolean()).isFalse();
        assertThat(strings(attributes.get("gen_ai.response.finish_reasons"))).containsExactly("tool_call");
        assertThat(attributes.get("gen_ai.response.id").asString()).isEqualTo("chatcmpl-CD8yqQ2y3kZs1o0Wm7bT");
        assertThat(parsed(attributes.get("gen_ai.tool.definitions")).get(0).get("name").asString()).isEqualTo("lookup_order");
        assertThat(attributes.has("otel.events")).isFalse();
        assertThat(attributes.has("otel.links")).isFalse();
    }
}
