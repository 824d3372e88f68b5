package io.trustplane.server.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.server.testsupport.ApiClient.TestTenant;
import io.trustplane.server.testsupport.NodeProject;
import io.trustplane.server.testsupport.NodeProject.Run;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OpenTelemetry JS SDK (2.x) with its two OTLP/HTTP trace exporters, JSON (exporter-trace-otlp-http) and
 * protobuf with gzip (exporter-trace-otlp-proto), run by Node.js against the running receiver: the npm project in
 * {@code src/test/otel-js} ({@code send-genai.mjs}) sends the same GenAI agent trace once per encoding, and what was
 * stored is read back through the query API and checked field by field. Needs {@code node} and {@code npm} on the
 * PATH; the first run installs the pinned packages with {@code npm ci}.
 */
class OtlpJsSdkTest extends OtlpClientTestSupport {
    private static final NodeProject PROJECT = NodeProject.of("otel-js", "OtlpJsSdkTest");

    @BeforeAll
    static void installTheJsSdk() throws Exception {
        PROJECT.install("send-genai.mjs");
    }

    @Test
    void spansExportedWithTheJsSdkInJsonAndProtobufAreStoredFieldByField() throws Exception {
        TestTenant tenant = newTenant("js-sdk");
        String seed = "js-" + UUID.randomUUID();
        Run sent = node(tenant.key(), seed);
        assertThat(sent.exitCode()).as(sent.output()).isZero();
        Map<String, JsonNode> reports = reports(sent.stdout());
        assertThat(reports.keySet()).containsExactlyInAnyOrder("json", "protobuf");
        awaitProjected();

        List<JsonNode> stored = new ArrayList<>();
        for (String encoding : List.of("json", "protobuf")) {
            JsonNode report = reports.get(encoding);
            String traceId = sha256Hex(seed + "|" + encoding).substring(0, 32);
            assertThat(report.get("traceId").asString()).isEqualTo(traceId);
            assertThat(report.get("exported").asInt()).isEqualTo(4);
            JsonNode trace = trace(tenant, traceId);
            assertStoredAsSent(trace, report, encoding, seed);
            stored.add(withoutIds(trace));
        }
        // Both encodings of the same spans are stored alike, apart from their ids and the attribute naming the encoding.
        assertThat(stored.get(1)).isEqualTo(stored.get(0));
    }

    @Test
    void theScriptExitsNonZeroWhenTheReceiverRefusesTheKey() throws Exception {
        Run refused = node("tpk_00000000_" + "x".repeat(43), "js-refused-" + UUID.randomUUID());
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
        assertThat(refused.stderr()).contains("json: export to " + otlpEndpoint() + " failed")
                .contains("protobuf: export to " + otlpEndpoint() + " failed");
        Map<String, JsonNode> reports = reports(refused.stdout());
        assertThat(reports.get("json").get("exported").asInt()).isZero();
        assertThat(reports.get("json").get("failures").get(0).asString()).isEqualTo("HTTP 401");
        assertThat(reports.get("protobuf").get("failures").get(0).asString()).isEqualTo("HTTP 401");
    }

    private void assertStoredAsSent(JsonNode trace, JsonNode report, String encoding, String seed) {
        JsonNode ids = report.get("spans");
        String conversation = "conv-" + sha256Hex(seed).substring(0, 8);
        assertThat(report.get("conversation").asString()).isEqualTo(conversation);
        assertThat(trace.get("spanCount").asInt()).isEqualTo(4);
        assertThat(trace.get("errorCount").asInt()).isZero();
        assertThat(trace.get("status").asString()).isEqualTo("ok");
        assertThat(trace.get("name").asString()).isEqualTo("invoke_agent travel-assistant");
        assertThat(trace.get("startTime").asString()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(trace.get("endTime").asString()).isEqualTo("2026-11-22T10:00:02.400Z");
        assertThat(trace.get("durationMs").asDouble()).isEqualTo(2400.0);
        assertThat(strings(trace.get("models"))).containsExactly("gpt-4o", "gpt-4o-2024-08-06");
        assertThat(strings(trace.get("providers"))).containsExactly("openai");
        assertThat(trace.get("userId").asString()).isEqualTo("user-js-7");
        assertThat(trace.get("sessionId").asString()).isEqualTo(conversation);
        assertTokens(trace, 218, 42, 260);
        assertThat(trace.get("inputPreview").asString()).isEqualTo("What is the weather in Paris today?");

        Map<String, JsonNode> spans = spansById(trace);
        String agentId = ids.get("agent").asString();
        assertThat(spans.keySet()).containsExactly(agentId, ids.get("chat1").asString(), ids.get("tool").asString(),
                ids.get("chat2").asString());
        assertThat(agentId).isEqualTo(sha256Hex(seed + "|" + encoding + "|span|0").substring(0, 16));

        JsonNode agent = spans.get(agentId);
        assertThat(agent.get("parentSpanId").isNull()).isTrue();
        assertThat(childIds(agent)).containsExactly(ids.get("chat1").asString(), ids.get("tool").asString(),
                ids.get("chat2").asString());
        assertThat(agent.get("name").asString()).isEqualTo("invoke_agent travel-assistant");
        assertThat(agent.get("kind").asString()).isEqualTo("agent");
        assertThat(agent.get("status").asString()).isEqualTo("ok");
        assertThat(agent.get("statusMessage").isNull()).isTrue();
        assertThat(agent.get("model").asString()).isEqualTo("gpt-4o");
        assertThat(agent.get("provider").asString()).isEqualTo("openai");
        assertThat(agent.get("userId").asString()).isEqualTo("user-js-7");
        assertThat(agent.get("sessionId").asString()).isEqualTo(conversation);
        assertThat(agent.get("input").isNull()).isTrue();
        assertThat(agent.get("output").isNull()).isTrue();
        assertThat(agent.get("totalTokens").isNull()).isTrue();
        assertThat(strings(agent.get("tags"))).isEmpty();
        JsonNode agentAttributes = agent.get("attributes");
        assertThat(agentAttributes.get("genai")).isEqualTo(json("""
                {"operation":"invoke_agent","requestModel":"gpt-4o","conversationId":"%s","agentName":"travel-assistant",
                 "evaluations":[{"name":"relevance","scoreValue":0.92,"scoreLabel":"relevant",
                                 "explanation":"The answer addresses the question."}],
                 "convention":["otel-genai"]}""".formatted(conversation)));
        assertThat(agentAttributes.get("otel.span_kind").asString()).isEqualTo("INTERNAL");
        assertThat(agentAttributes.get("gen_ai.agent.id").asString()).isEqualTo("agent-travel-1");
        assertThat(agentAttributes.get("test.encoding").asString()).isEqualTo(encoding);
        assertThat(agentAttributes.get("otel.resource")).isEqualTo(json("""
                {"service.name":"otel-js-genai","service.version":"1.2.3","deployment.environment.name":"test",
                 "telemetry.sdk.language":"nodejs","telemetry.sdk.name":"opentelemetry","telemetry.sdk.version":"2.12.1"}"""));
        assertThat(agentAttributes.get("otel.scope")).isEqualTo(json("{\"name\":\"trustplane-otel-js-test\",\"version\":\"0.1.0\"}"));
        JsonNode evaluation = agentAttributes.get("otel.events").get(0);
        assertThat(evaluation.get("name").asString()).isEqualTo("gen_ai.evaluation.result");
        assertThat(evaluation.get("time").asString()).isEqualTo("2026-11-22T10:00:02.395Z");
        assertThat(evaluation.get("attributes").get("gen_ai.evaluation.score.value").asDouble()).isEqualTo(0.92);

        JsonNode chat = spans.get(ids.get("chat1").asString());
        assertThat(chat.get("parentSpanId").asString()).isEqualTo(agentId);
        assertThat(chat.get("name").asString()).isEqualTo("chat gpt-4o");
        assertThat(chat.get("kind").asString()).isEqualTo("llm");
        assertThat(chat.get("startTime").asString()).isEqualTo("2026-11-22T10:00:00.010Z");
        assertThat(chat.get("endTime").asString()).isEqualTo("2026-11-22T10:00:00.910500Z");
        assertThat(chat.get("durationMs").asDouble()).isEqualTo(900.5);
        assertThat(chat.get("status").asString()).isEqualTo("unset");
        assertThat(chat.get("model").asString()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(chat.get("provider").asString()).isEqualTo("openai");
        assertThat(chat.get("input")).isEqualTo(textMessages("system", "You are a travel assistant. Use the tools you are given.",
                "user", "What is the weather in Paris today?"));
        assertThat(chat.get("output")).isEqualTo(json("""
                [{"role":"assistant","parts":[{"type":"tool_call","id":"call_weather_1","name":"get_weather",
                  "arguments":{"city":"Paris"}}],"finish_reason":"tool_call"}]"""));
        assertTokens(chat, 87, 19, 106);
        assertThat(chat.get("userId").isNull()).isTrue();
        assertThat(chat.get("sessionId").asString()).isEqualTo(conversation);
        JsonNode chatAttributes = chat.get("attributes");
        assertThat(chatAttributes.get("genai")).isEqualTo(json("""
                {"operation":"chat","requestModel":"gpt-4o","responseModel":"gpt-4o-2024-08-06","responseId":"chatcmpl-js-1",
                 "finishReasons":["tool_calls"],"conversationId":"%s","convention":["otel-genai"]}""".formatted(conversation)));
        assertThat(chatAttributes.get("otel.span_kind").asString()).isEqualTo("CLIENT");
        assertThat(chatAttributes.get("gen_ai.request.temperature").asDouble()).isEqualTo(0.2);
        // An int attribute is a JSON number in the JS JSON exporter and an int64 in protobuf: stored as a number.
        assertThat(chatAttributes.get("gen_ai.request.max_tokens").isIntegralNumber()).isTrue();
        assertThat(chatAttributes.get("gen_ai.request.max_tokens").asLong()).isEqualTo(512);
        assertThat(strings(chatAttributes.get("gen_ai.response.finish_reasons"))).containsExactly("tool_calls");
        assertThat(chatAttributes.get("server.port").asLong()).isEqualTo(443);
        assertThat(chatAttributes.has("otel.events")).isFalse();
        assertThat(chatAttributes.has("otel.links")).isFalse();

        JsonNode tool = spans.get(ids.get("tool").asString());
        assertThat(tool.get("name").asString()).isEqualTo("execute_tool get_weather");
        assertThat(tool.get("kind").asString()).isEqualTo("tool");
        assertThat(tool.get("status").asString()).isEqualTo("ok");
        assertThat(tool.get("durationMs").asDouble()).isEqualTo(100.25);
        assertThat(tool.get("input")).isEqualTo(json("{\"city\":\"Paris\"}"));
        assertThat(tool.get("output")).isEqualTo(json("{\"temperature_c\":14,\"conditions\":\"light rain\"}"));
        assertThat(tool.get("model").isNull()).isTrue();
        assertThat(tool.get("sessionId").isNull()).isTrue();
        assertThat(tool.get("attributes").get("genai")).isEqualTo(json("""
                {"operation":"execute_tool","toolName":"get_weather","toolCallId":"call_weather_1","convention":["otel-genai"]}"""));

        JsonNode answer = spans.get(ids.get("chat2").asString());
        assertThat(answer.get("kind").asString()).isEqualTo("llm");
        assertThat(answer.get("durationMs").asDouble()).isEqualTo(1360.0);
        assertThat(answer.get("input")).isEqualTo(json("""
                [{"role":"user","content":"What is the weather in Paris today?",
                  "parts":[{"type":"text","content":"What is the weather in Paris today?"}]},
                 {"role":"assistant","parts":[{"type":"tool_call","id":"call_weather_1","name":"get_weather",
                  "arguments":{"city":"Paris"}}]},
                 {"role":"tool","parts":[{"type":"tool_call_response","id":"call_weather_1",
                  "response":{"temperature_c":14,"conditions":"light rain"}}]}]"""));
        assertThat(answer.get("output")).isEqualTo(answer("It is 14 °C with light rain in Paris: take an umbrella.", "stop"));
        assertTokens(answer, 131, 23, 154);
        assertThat(answer.get("attributes").get("genai")).isEqualTo(json("""
                {"operation":"chat","requestModel":"gpt-4o","responseModel":"gpt-4o-2024-08-06","responseId":"chatcmpl-js-2",
                 "finishReasons":["stop"],"conversationId":"%s","convention":["otel-genai"]}""".formatted(conversation)));
    }

    /** The stored trace with every id, and the attribute that names the encoding, taken out. */
    private static JsonNode withoutIds(JsonNode trace) {
        String text = trace.toString();
        for (String id : spansById(trace).keySet()) text = text.replace(id, "<span>");
        text = text.replace(trace.get("traceId").asString(), "<trace>");
        return JSON.readTree(text.replaceAll("\"test\\.encoding\":\"(json|protobuf)\"", "\"test.encoding\":\"\""));
    }

    private Run node(String key, String seed) throws Exception {
        // The exporters must take the endpoint from the script's arguments, not from the build's environment.
        return PROJECT.node(List.of("send-genai.mjs", "--endpoint", otlpEndpoint(), "--key", key, "--seed", seed),
                env -> env.keySet().removeIf(name -> name.startsWith("OTEL_")), 120);
    }

    private static Map<String, JsonNode> reports(String stdout) {
        Map<String, JsonNode> reports = new HashMap<>();
        for (String line : stdout.split("\n")) {
            if (line.startsWith("{")) {
                JsonNode report = JSON.readTree(line);
                reports.put(report.get("encoding").asString(), report);
            }
        }
        return reports;
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
