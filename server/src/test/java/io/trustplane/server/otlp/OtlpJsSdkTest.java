package io.trustplane.server.otlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.trustplane.server.testsupport.ApiClient.TestTenant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
    static final Path PROJECT = Path.of(System.getProperty("basedir", ".")).resolve("src/test/otel-js").toAbsolutePath();
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    @BeforeAll
    static void installTheJsSdk() throws Exception {
        assertThat(PROJECT.resolve("send-genai.mjs")).as("the npm project of this test").exists();
        for (String tool : List.of("node", "npm")) {
            Run version;
            try {
                version = run(List.of(command(tool), "--version"), Map.of(), 60);
            } catch (IOException e) {
                version = null;
            }
            if (version == null || version.exitCode() != 0) {
                fail("OtlpJsSdkTest needs Node.js 20.6 or later with npm on the PATH ('" + tool
                        + " --version' did not run): install Node.js, or skip this test with -Dtest='!OtlpJsSdkTest'");
            }
        }
        if (!Files.exists(PROJECT.resolve("node_modules/.package-lock.json"))) {
            Run install = run(List.of(command("npm"), "ci", "--no-audit", "--no-fund", "--loglevel=error"), Map.of(), 600);
            assertThat(install.exitCode()).as("npm ci in %s:%n%s", PROJECT, install.output()).isZero();
        }
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
        assertThat(trace.get("name").asString()).isEqualTo("invoke_agent travel-assistant");
        assertThat(trace.get("startTime").asString()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(trace.get("endTime").asString()).isEqualTo("2026-11-22T10:00:02.400Z");
        assertThat(trace.get("durationMs").asDouble()).isEqualTo(2400.0);

        Map<String, JsonNode> spans = spansById(trace);
        String agentId = ids.get("agent").asString();
        assertThat(spans.keySet()).containsExactly(agentId, ids.get("chat1").asString(), ids.get("tool").asString(),
                ids.get("chat2").asString());
        assertThat(agentId).isEqualTo(sha256Hex(seed + "|" + encoding + "|span|0").substring(0, 16));

        JsonNode agent = spans.get(agentId);
        assertThat(agent.get("parentSpanId").isNull()).isTrue();
        assertThat(agent.get("name").asString()).isEqualTo("invoke_agent travel-assistant");
        assertThat(agent.get("status").asString()).isEqualTo("ok");
        assertThat(agent.get("statusMessage").isNull()).isTrue();
        JsonNode agentAttributes = agent.get("attributes");
        assertThat(agentAttributes.get("otel.span_kind").asString()).isEqualTo("INTERNAL");
        assertThat(agentAttributes.get("gen_ai.operation.name").asString()).isEqualTo("invoke_agent");
        assertThat(agentAttributes.get("gen_ai.agent.name").asString()).isEqualTo("travel-assistant");
        assertThat(agentAttributes.get("gen_ai.conversation.id").asString()).isEqualTo(conversation);
        assertThat(agentAttributes.get("test.encoding").asString()).isEqualTo(encoding);
        JsonNode resource = agentAttributes.get("otel.resource");
        assertThat(resource.get("service.name").asString()).isEqualTo("otel-js-genai");
        assertThat(resource.get("service.version").asString()).isEqualTo("1.2.3");
        assertThat(resource.get("deployment.environment.name").asString()).isEqualTo("test");
        assertThat(resource.get("telemetry.sdk.language").asString()).isEqualTo("nodejs");
        assertThat(resource.get("telemetry.sdk.name").asString()).isEqualTo("opentelemetry");
        assertThat(resource.get("telemetry.sdk.version").asString()).isEqualTo("2.12.1");
        JsonNode scope = agentAttributes.get("otel.scope");
        assertThat(scope.get("name").asString()).isEqualTo("trustplane-otel-js-test");
        assertThat(scope.get("version").asString()).isEqualTo("0.1.0");
        JsonNode evaluation = agentAttributes.get("otel.events").get(0);
        assertThat(evaluation.get("name").asString()).isEqualTo("gen_ai.evaluation.result");
        assertThat(evaluation.get("time").asString()).isEqualTo("2026-11-22T10:00:02.395Z");
        assertThat(evaluation.get("attributes").get("gen_ai.evaluation.name").asString()).isEqualTo("relevance");
        assertThat(evaluation.get("attributes").get("gen_ai.evaluation.score.value").asDouble()).isEqualTo(0.92);
        assertThat(evaluation.get("attributes").get("gen_ai.evaluation.score.label").asString()).isEqualTo("relevant");
        assertThat(childIds(agent)).containsExactly(ids.get("chat1").asString(), ids.get("tool").asString(),
                ids.get("chat2").asString());

        JsonNode chat = spans.get(ids.get("chat1").asString());
        assertThat(chat.get("parentSpanId").asString()).isEqualTo(agentId);
        assertThat(chat.get("name").asString()).isEqualTo("chat gpt-4o");
        assertThat(chat.get("startTime").asString()).isEqualTo("2026-11-22T10:00:00.010Z");
        assertThat(chat.get("endTime").asString()).isEqualTo("2026-11-22T10:00:00.910500Z");
        assertThat(chat.get("durationMs").asDouble()).isEqualTo(900.5);
        assertThat(chat.get("status").asString()).isEqualTo("unset");
        JsonNode chatAttributes = chat.get("attributes");
        assertThat(chatAttributes.get("otel.span_kind").asString()).isEqualTo("CLIENT");
        assertThat(chatAttributes.get("gen_ai.request.temperature").asDouble()).isEqualTo(0.2);
        assertThat(chatAttributes.get("gen_ai.request.max_tokens").isIntegralNumber()).isTrue();
        assertThat(chatAttributes.get("gen_ai.request.max_tokens").asLong()).isEqualTo(512);
        assertThat(chatAttributes.get("gen_ai.usage.input_tokens").asLong()).isEqualTo(87);
        assertThat(chatAttributes.get("gen_ai.usage.output_tokens").asLong()).isEqualTo(19);
        assertThat(strings(chatAttributes.get("gen_ai.response.finish_reasons"))).containsExactly("tool_calls");
        assertThat(chatAttributes.get("server.port").asLong()).isEqualTo(443);
        assertThat(parsed(chatAttributes.get("gen_ai.output.messages")).get(0).get("parts").get(0).get("name").asString())
                .isEqualTo("get_weather");
        assertThat(chatAttributes.has("otel.events")).isFalse();
        assertThat(chatAttributes.has("otel.links")).isFalse();

        JsonNode tool = spans.get(ids.get("tool").asString());
        assertThat(tool.get("name").asString()).isEqualTo("execute_tool get_weather");
        assertThat(tool.get("status").asString()).isEqualTo("ok");
        assertThat(tool.get("durationMs").asDouble()).isEqualTo(100.25);
        assertThat(tool.get("attributes").get("gen_ai.tool.call.id").asString()).isEqualTo("call_weather_1");
        assertThat(parsed(tool.get("attributes").get("gen_ai.tool.call.result")).get("conditions").asString())
                .isEqualTo("light rain");

        JsonNode answer = spans.get(ids.get("chat2").asString());
        assertThat(answer.get("durationMs").asDouble()).isEqualTo(1360.0);
        assertThat(strings(answer.get("attributes").get("gen_ai.response.finish_reasons"))).containsExactly("stop");
    }

    /** The stored trace with every id, and the attribute that names the encoding, taken out. */
    private static JsonNode withoutIds(JsonNode trace) {
        String text = trace.toString();
        for (String id : spansById(trace).keySet()) text = text.replace(id, "<span>");
        text = text.replace(trace.get("traceId").asString(), "<trace>");
        return JSON.readTree(text.replaceAll("\"test\\.encoding\":\"(json|protobuf)\"", "\"test.encoding\":\"\""));
    }

    private Run node(String key, String seed) throws Exception {
        return run(List.of(command("node"), "send-genai.mjs", "--endpoint", otlpEndpoint(), "--key", key, "--seed", seed),
                Map.of(), 120);
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

    private static String command(String tool) {
        return WINDOWS && tool.equals("npm") ? "npm.cmd" : tool;
    }

    record Run(int exitCode, String stdout, String stderr) {
        String output() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    private static Run run(List<String> command, Map<String, String> env, long timeoutSeconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile());
        // The exporters must take the endpoint from the script's arguments, not from the build's environment.
        builder.environment().keySet().removeIf(name -> name.startsWith("OTEL_"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile("otel-js", ".out");
        Path err = Files.createTempFile("otel-js", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s:\n" + Files.readString(err));
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
