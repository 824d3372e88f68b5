package io.trustplane.server.otlp;

import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.KeyValue;
import io.opentelemetry.api.common.Value;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.internal.FailedExportException;
import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporterBuilder;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.export.BatchLogRecordProcessor;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.trustplane.server.testsupport.ApiClient.TestTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The official OpenTelemetry Java SDK (1.68) with its OTLP/HTTP span and log record exporters (protobuf, gzip),
 * configured as an application configures them (the signal URL under the OTLP endpoint and a key header), against
 * the running receiver; what was stored is read back through the query API and checked field by field.
 */
class OtlpJavaSdkTest extends OtlpClientTestSupport {
    private static final Instant T0 = Instant.parse("2026-11-22T12:00:00Z");
    private static final String SYSTEM = "[{\"type\":\"text\",\"content\":\"You plan trips. Use the tools you are given.\"}]";
    private static final String QUESTION = "[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"Will it rain in Lisbon tomorrow?\"}]}]";
    private static final String TOOL_CALL = "{\"type\":\"tool_call\",\"id\":\"call_lisbon_1\",\"name\":\"get_forecast\",\"arguments\":{\"city\":\"Lisbon\",\"days\":1}}";
    private static final String CHAT_OUTPUT = "[{\"role\":\"assistant\",\"parts\":[" + TOOL_CALL + "],\"finish_reason\":\"tool_call\"}]";
    private static final String LINKED_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String LINKED_SPAN = "b7ad6b7169203331";

    private static final Resource RESOURCE = Resource.getDefault().merge(Resource.create(Attributes.builder()
            .put("service.name", "trip-planner")
            .put("service.version", "2.0.1")
            .put("deployment.environment.name", "test")
            .build()));

    /** An exporter as an application builds it: the signal URL under the OTLP endpoint, a key header, gzip. */
    private OtlpHttpSpanExporterBuilder spanExporter(String header, String value) {
        return OtlpHttpSpanExporter.builder()
                .setEndpoint(otlpEndpoint() + "/v1/traces")
                .addHeader(header, value)
                .setCompression("gzip")
                .setTimeout(Duration.ofSeconds(15));
    }

    private record SentTrace(String traceId, String agent, String chat, String tool, String failed) {
    }

    /** invoke_agent → chat (asks for a tool) → execute_tool → chat that fails, with fixed times. */
    private static SentTrace emit(Tracer tracer) {
        Span agent = tracer.spanBuilder("invoke_agent trip-planner").setSpanKind(SpanKind.INTERNAL)
                .setNoParent().setStartTimestamp(T0)
                .setAttribute("gen_ai.operation.name", "invoke_agent")
                .setAttribute("gen_ai.agent.name", "trip-planner")
                .setAttribute("gen_ai.agent.id", "agent-trip-1")
                .setAttribute("gen_ai.provider.name", "openai")
                .setAttribute("session.id", "session-java-1")
                .setAttribute("user.id", "user-42")
                .startSpan();
        Context inAgent = Context.root().with(agent);

        Span chat = tracer.spanBuilder("chat gpt-4o-mini").setSpanKind(SpanKind.CLIENT).setParent(inAgent)
                .setStartTimestamp(T0.plusNanos(12_345_678))
                .addLink(SpanContext.create(LINKED_TRACE, LINKED_SPAN, TraceFlags.getSampled(), TraceState.getDefault()),
                        Attributes.of(stringKey("link.reason"), "previous turn"))
                .setAttribute("gen_ai.operation.name", "chat")
                .setAttribute("gen_ai.provider.name", "openai")
                .setAttribute("gen_ai.conversation.id", "conv-java-1")
                .setAttribute("gen_ai.request.model", "gpt-4o-mini")
                .setAttribute("gen_ai.request.temperature", 0.3)
                .setAttribute("gen_ai.request.max_tokens", 256L)
                .setAttribute("gen_ai.response.model", "gpt-4o-mini-2024-07-18")
                .setAttribute("gen_ai.response.id", "chatcmpl-java-1")
                .setAttribute(stringArrayKey("gen_ai.response.finish_reasons"), List.of("tool_calls"))
                .setAttribute(longKey("gen_ai.usage.input_tokens"), 96L)
                .setAttribute(longKey("gen_ai.usage.output_tokens"), 18L)
                .setAttribute("gen_ai.system_instructions", SYSTEM)
                .setAttribute("gen_ai.input.messages", QUESTION)
                .setAttribute("gen_ai.output.messages", CHAT_OUTPUT)
                .setAttribute("server.address", "api.openai.com")
                .setAttribute("server.port", 443L)
                .startSpan();
        chat.end(T0.plusNanos(1_012_345_999));

        Span tool = tracer.spanBuilder("execute_tool get_forecast").setSpanKind(SpanKind.INTERNAL).setParent(inAgent)
                .setStartTimestamp(T0.plusMillis(1_020))
                .setAttribute("gen_ai.operation.name", "execute_tool")
                .setAttribute("gen_ai.tool.name", "get_forecast")
                .setAttribute("gen_ai.tool.type", "function")
                .setAttribute("gen_ai.tool.call.id", "call_lisbon_1")
                .setAttribute("gen_ai.tool.call.arguments", "{\"city\":\"Lisbon\",\"days\":1}")
                .setAttribute("gen_ai.tool.call.result", "{\"rain_probability\":0.8}")
                .startSpan();
        tool.setStatus(StatusCode.OK);
        tool.end(T0.plusMillis(1_270));

        Span failed = tracer.spanBuilder("chat claude-sonnet-4").setSpanKind(SpanKind.CLIENT).setParent(inAgent)
                .setStartTimestamp(T0.plusMillis(1_300))
                .setAttribute("gen_ai.operation.name", "chat")
                .setAttribute("gen_ai.system", "anthropic")
                .setAttribute("gen_ai.request.model", "claude-sonnet-4-20250514")
                .setAttribute("error.type", "RateLimitError")
                .startSpan();
        failed.recordException(new IllegalStateException("429 Too Many Requests"));
        failed.setStatus(StatusCode.ERROR, "rate limited by the provider");
        failed.end(T0.plusMillis(1_800));

        agent.setStatus(StatusCode.ERROR);
        agent.end(T0.plusMillis(3_200));
        return new SentTrace(agent.getSpanContext().getTraceId(), agent.getSpanContext().getSpanId(),
                chat.getSpanContext().getSpanId(), tool.getSpanContext().getSpanId(), failed.getSpanContext().getSpanId());
    }

    @Test
    void spansExportedWithTheJavaSdkAreStoredFieldByField() {
        TestTenant tenant = newTenant("java-sdk");
        OtlpHttpSpanExporter exporter = spanExporter("Authorization", "Bearer " + tenant.key()).build();
        SdkTracerProvider provider = SdkTracerProvider.builder().setResource(RESOURCE)
                .addSpanProcessor(BatchSpanProcessor.builder(exporter).build()).build();
        SentTrace sent = emit(provider.tracerBuilder("io.trustplane.test.genai").setInstrumentationVersion("1.4.0").build());
        assertThat(provider.forceFlush().join(30, TimeUnit.SECONDS).isSuccess()).isTrue();
        provider.shutdown().join(10, TimeUnit.SECONDS);
        awaitProjected();

        JsonNode trace = trace(tenant, sent.traceId());
        assertThat(trace.get("traceId").asString()).isEqualTo(sent.traceId()).matches("[0-9a-f]{32}");
        assertThat(trace.get("spanCount").asInt()).isEqualTo(4);
        assertThat(trace.get("errorCount").asInt()).isEqualTo(2);
        assertThat(trace.get("status").asString()).isEqualTo("error");
        assertThat(trace.get("name").asString()).isEqualTo("invoke_agent trip-planner");
        assertThat(trace.get("startTime").asString()).isEqualTo("2026-11-22T12:00:00Z");
        assertThat(trace.get("durationMs").asDouble()).isEqualTo(3200.0);
        assertThat(strings(trace.get("models"))).containsExactly("claude-sonnet-4-20250514", "gpt-4o-mini-2024-07-18");
        assertThat(strings(trace.get("providers"))).containsExactly("anthropic", "openai");
        assertThat(trace.get("userId").asString()).isEqualTo("user-42");
        assertThat(trace.get("sessionId").asString()).isEqualTo("session-java-1");
        assertTokens(trace, 96, 18, 114);
        assertThat(trace.get("inputPreview").asString()).isEqualTo("Will it rain in Lisbon tomorrow?");

        Map<String, JsonNode> spans = spansById(trace);
        assertThat(spans.keySet()).containsExactly(sent.agent(), sent.chat(), sent.tool(), sent.failed());
        JsonNode agent = spans.get(sent.agent());
        assertThat(agent.get("parentSpanId").isNull()).isTrue();
        assertThat(childIds(agent)).containsExactly(sent.chat(), sent.tool(), sent.failed());
        assertThat(agent.get("kind").asString()).isEqualTo("agent");
        assertThat(agent.get("status").asString()).isEqualTo("error");
        assertThat(agent.get("statusMessage").isNull()).isTrue();
        assertThat(agent.get("model").isNull()).isTrue();
        assertThat(agent.get("provider").asString()).isEqualTo("openai");
        assertThat(agent.get("userId").asString()).isEqualTo("user-42");
        assertThat(agent.get("sessionId").asString()).isEqualTo("session-java-1");
        assertThat(agent.get("input").isNull()).isTrue();
        assertThat(agent.get("output").isNull()).isTrue();
        assertThat(agent.get("totalTokens").isNull()).isTrue();
        assertThat(strings(agent.get("tags"))).isEmpty();
        assertThat(agent.get("attributes").get("otel.span_kind").asString()).isEqualTo("INTERNAL");
        assertThat(agent.get("attributes").get("gen_ai.agent.id").asString()).isEqualTo("agent-trip-1");
        assertThat(agent.get("attributes").get("genai")).isEqualTo(json("""
                {"operation":"invoke_agent","agentName":"trip-planner","convention":["otel-genai"]}"""));

        JsonNode chat = spans.get(sent.chat());
        assertThat(chat.get("spanId").asString()).matches("[0-9a-f]{16}");
        assertThat(chat.get("parentSpanId").asString()).isEqualTo(sent.agent());
        assertThat(chat.get("name").asString()).isEqualTo("chat gpt-4o-mini");
        assertThat(chat.get("kind").asString()).isEqualTo("llm");
        // DuckDB keeps microseconds; the duration is computed from the nanoseconds the SDK sent.
        assertThat(chat.get("startTime").asString()).isEqualTo("2026-11-22T12:00:00.012345Z");
        assertThat(chat.get("endTime").asString()).isEqualTo("2026-11-22T12:00:01.012345Z");
        assertThat(chat.get("durationMs").asDouble()).isEqualTo(1000.000321);
        assertThat(chat.get("status").asString()).isEqualTo("unset");
        assertThat(chat.get("statusMessage").isNull()).isTrue();
        assertThat(chat.get("model").asString()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(chat.get("provider").asString()).isEqualTo("openai");
        // The system instructions lead the input as a system message; every message gets a flat content.
        assertThat(chat.get("input")).isEqualTo(textMessages("system", "You plan trips. Use the tools you are given.",
                "user", "Will it rain in Lisbon tomorrow?"));
        assertThat(chat.get("output")).isEqualTo(json(CHAT_OUTPUT));
        assertTokens(chat, 96, 18, 114);
        assertThat(chat.get("cost").isNull()).isTrue();
        assertThat(chat.get("userId").isNull()).isTrue();
        assertThat(chat.get("sessionId").asString()).isEqualTo("conv-java-1");
        JsonNode chatAttributes = chat.get("attributes");
        assertThat(chatAttributes.get("genai")).isEqualTo(json("""
                {"operation":"chat","requestModel":"gpt-4o-mini","responseModel":"gpt-4o-mini-2024-07-18",
                 "responseId":"chatcmpl-java-1","finishReasons":["tool_calls"],"conversationId":"conv-java-1",
                 "convention":["otel-genai"]}"""));
        assertThat(chatAttributes.get("otel.span_kind").asString()).isEqualTo("CLIENT");
        assertThat(chatAttributes.get("gen_ai.request.model").asString()).isEqualTo("gpt-4o-mini");
        assertThat(chatAttributes.get("gen_ai.request.temperature").asDouble()).isEqualTo(0.3);
        assertThat(chatAttributes.get("gen_ai.request.max_tokens").asLong()).isEqualTo(256);
        assertThat(chatAttributes.get("gen_ai.usage.input_tokens").asLong()).isEqualTo(96);
        assertThat(strings(chatAttributes.get("gen_ai.response.finish_reasons"))).containsExactly("tool_calls");
        assertThat(chatAttributes.get("gen_ai.system_instructions").asString()).isEqualTo(SYSTEM);
        assertThat(chatAttributes.get("gen_ai.input.messages").asString()).isEqualTo(QUESTION);
        assertThat(chatAttributes.get("gen_ai.output.messages").asString()).isEqualTo(CHAT_OUTPUT);
        assertThat(chatAttributes.get("server.port").asLong()).isEqualTo(443);
        assertThat(chatAttributes.get("otel.resource")).isEqualTo(json("""
                {"service.name":"trip-planner","service.version":"2.0.1","deployment.environment.name":"test",
                 "telemetry.sdk.language":"java","telemetry.sdk.name":"opentelemetry","telemetry.sdk.version":"1.68.0"}"""));
        assertThat(chatAttributes.get("otel.scope")).isEqualTo(json("{\"name\":\"io.trustplane.test.genai\",\"version\":\"1.4.0\"}"));
        assertThat(chatAttributes.get("otel.links")).isEqualTo(json("""
                [{"traceId":"%s","spanId":"%s","attributes":{"link.reason":"previous turn"}}]""".formatted(LINKED_TRACE, LINKED_SPAN)));
        assertThat(chatAttributes.has("otel.events")).isFalse();

        JsonNode tool = spans.get(sent.tool());
        assertThat(tool.get("parentSpanId").asString()).isEqualTo(sent.agent());
        assertThat(tool.get("kind").asString()).isEqualTo("tool");
        assertThat(tool.get("status").asString()).isEqualTo("ok");
        assertThat(tool.get("durationMs").asDouble()).isEqualTo(250.0);
        // The tool call's arguments and result, JSON text on the span, become its input and output.
        assertThat(tool.get("input")).isEqualTo(json("{\"city\":\"Lisbon\",\"days\":1}"));
        assertThat(tool.get("output")).isEqualTo(json("{\"rain_probability\":0.8}"));
        assertThat(tool.get("model").isNull()).isTrue();
        assertThat(tool.get("provider").isNull()).isTrue();
        assertThat(tool.get("attributes").get("genai")).isEqualTo(json("""
                {"operation":"execute_tool","toolName":"get_forecast","toolCallId":"call_lisbon_1","convention":["otel-genai"]}"""));

        JsonNode failed = spans.get(sent.failed());
        assertThat(failed.get("kind").asString()).isEqualTo("llm");
        assertThat(failed.get("status").asString()).isEqualTo("error");
        assertThat(failed.get("statusMessage").asString()).isEqualTo("rate limited by the provider");
        assertThat(failed.get("durationMs").asDouble()).isEqualTo(500.0);
        // The provider from gen_ai.system (conventions before v1.37), the model from the request.
        assertThat(failed.get("provider").asString()).isEqualTo("anthropic");
        assertThat(failed.get("model").asString()).isEqualTo("claude-sonnet-4-20250514");
        assertThat(failed.get("input").isNull()).isTrue();
        assertThat(failed.get("output").isNull()).isTrue();
        assertThat(failed.get("totalTokens").isNull()).isTrue();
        assertThat(failed.get("attributes").get("error.type").asString()).isEqualTo("RateLimitError");
        assertThat(failed.get("attributes").get("genai")).isEqualTo(json("""
                {"operation":"chat","requestModel":"claude-sonnet-4-20250514","convention":["otel-genai"]}"""));
        JsonNode exception = failed.get("attributes").get("otel.events").get(0);
        assertThat(exception.get("name").asString()).isEqualTo("exception");
        assertThat(Instant.parse(exception.get("time").asString())).isAfter(T0);
        assertThat(exception.get("attributes").get("exception.type").asString()).isEqualTo("java.lang.IllegalStateException");
        assertThat(exception.get("attributes").get("exception.message").asString()).isEqualTo("429 Too Many Requests");
        assertThat(exception.get("attributes").get("exception.stacktrace").asString())
                .startsWith("java.lang.IllegalStateException: 429 Too Many Requests").contains("OtlpJavaSdkTest.emit");
    }

    @Test
    void theKeyMayComeInTheConfiguredHeaderAndAWrongKeyFailsTheExportWith401() {
        TestTenant tenant = newTenant("java-sdk-keys");
        InMemorySpanExporter memory = InMemorySpanExporter.create();
        SdkTracerProvider provider = SdkTracerProvider.builder().setResource(RESOURCE)
                .addSpanProcessor(SimpleSpanProcessor.create(memory)).build();
        SentTrace sent = emit(provider.get("io.trustplane.test.keys"));
        List<SpanData> spans = memory.getFinishedSpanItems();
        assertThat(spans).hasSize(4);

        assertThat(export(spanExporter(KEY_HEADER, tenant.key()), spans).isSuccess()).isTrue();
        assertFailsWith401(spanExporter(KEY_HEADER, "tpk_00000000_" + "x".repeat(43)), spans);
        assertFailsWith401(spanExporter("Authorization", "Bearer " + tenant.key() + "-wrong"), spans);
        // Only the configured header carries a key: the default one is not read when another is configured.
        assertFailsWith401(spanExporter("X-API-Key", tenant.key()), spans);

        awaitProjected();
        assertThat(trace(tenant, sent.traceId()).get("spanCount").asInt()).isEqualTo(4);
        TestTenant other = newTenant("java-sdk-other");
        assertThat(api().get("/api/v1/traces/" + sent.traceId(), other.key()).status()).isEqualTo(404);
    }

    @Test
    void genAiContentSentAsLogEventsIsJoinedToItsSpanWhicheverArrivesFirst() {
        TestTenant tenant = newTenant("java-sdk-logs");
        OtlpHttpLogRecordExporter logExporter = OtlpHttpLogRecordExporter.builder()
                .setEndpoint(otlpEndpoint() + "/v1/logs")
                .addHeader("Authorization", "Bearer " + tenant.key())
                .setCompression("gzip")
                .build();
        SdkLoggerProvider loggers = SdkLoggerProvider.builder().setResource(RESOURCE)
                .addLogRecordProcessor(BatchLogRecordProcessor.builder(logExporter).build()).build();
        Logger logger = loggers.loggerBuilder("io.trustplane.test.genai").setInstrumentationVersion("1.4.0").build();
        SdkTracerProvider tracers = SdkTracerProvider.builder().setResource(RESOURCE)
                .addSpanProcessor(BatchSpanProcessor.builder(spanExporter("Authorization", "Bearer " + tenant.key()).build()).build())
                .build();
        Tracer tracer = tracers.get("io.trustplane.test.genai");
        Instant t1 = T0.plusSeconds(60);

        // A: the content as one event per message (conventions v1.27-v1.36), exported and stored before the span.
        Span summarize = tracer.spanBuilder("chat gpt-4o-mini").setSpanKind(SpanKind.CLIENT).setNoParent()
                .setStartTimestamp(t1)
                .setAttribute("gen_ai.operation.name", "chat")
                .setAttribute("gen_ai.provider.name", "openai")
                .setAttribute("gen_ai.request.model", "gpt-4o-mini")
                .setAttribute(longKey("gen_ai.usage.input_tokens"), 41L)
                .setAttribute(longKey("gen_ai.usage.output_tokens"), 9L)
                .setAttribute(stringArrayKey("gen_ai.response.finish_reasons"), List.of("stop"))
                .startSpan();
        Context inSummarize = Context.root().with(summarize);
        event(logger, inSummarize, "gen_ai.system.message", t1.plusMillis(1),
                Value.of(KeyValue.of("content", Value.of("You summarize support tickets."))));
        event(logger, inSummarize, "gen_ai.user.message", t1.plusMillis(2),
                Value.of(KeyValue.of("content", Value.of("Summarize: the printer on floor 3 is on fire."))));
        event(logger, inSummarize, "gen_ai.choice", t1.plusMillis(900), Value.of(
                KeyValue.of("index", Value.of(0L)),
                KeyValue.of("finish_reason", Value.of("stop")),
                KeyValue.of("message", Value.of(KeyValue.of("role", Value.of("assistant")),
                        KeyValue.of("content", Value.of("A printer is burning on floor 3."))))));
        logger.logRecordBuilder().setContext(inSummarize).setTimestamp(t1.plusMillis(920)).setEventName("gen_ai.evaluation.result")
                .setAttribute("gen_ai.evaluation.name", "faithfulness")
                .setAttribute("gen_ai.evaluation.score.value", 0.75)
                .setAttribute("gen_ai.evaluation.score.label", "mostly faithful")
                .emit();
        logger.logRecordBuilder().setContext(inSummarize).setTimestamp(t1.plusMillis(930)).setBody("ticket summarized").emit();
        assertThat(loggers.forceFlush().join(30, TimeUnit.SECONDS).isSuccess()).isTrue();
        awaitProjected();
        summarize.end(t1.plusMillis(950));

        // B: the content in one gen_ai.client.inference.operation.details event (v1.37+), exported after the span.
        Span answer = tracer.spanBuilder("chat gpt-4o").setSpanKind(SpanKind.CLIENT).setNoParent()
                .setStartTimestamp(t1.plusSeconds(2))
                .setAttribute("gen_ai.operation.name", "chat")
                .setAttribute("gen_ai.provider.name", "openai")
                .setAttribute("gen_ai.request.model", "gpt-4o")
                .startSpan();
        answer.end(t1.plusSeconds(3));
        assertThat(tracers.forceFlush().join(30, TimeUnit.SECONDS).isSuccess()).isTrue();
        awaitProjected();
        logger.logRecordBuilder().setContext(Context.root().with(answer)).setTimestamp(t1.plusSeconds(3))
                .setEventName("gen_ai.client.inference.operation.details")
                .setAttribute("gen_ai.input.messages", QUESTION)
                .setAttribute("gen_ai.output.messages", CHAT_OUTPUT)
                .emit();
        assertThat(loggers.forceFlush().join(30, TimeUnit.SECONDS).isSuccess()).isTrue();
        tracers.shutdown().join(10, TimeUnit.SECONDS);
        loggers.shutdown().join(10, TimeUnit.SECONDS);
        awaitProjected();

        JsonNode a = spansById(trace(tenant, summarize.getSpanContext().getTraceId())).get(summarize.getSpanContext().getSpanId());
        assertThat(a.get("kind").asString()).isEqualTo("llm");
        assertThat(a.get("model").asString()).isEqualTo("gpt-4o-mini");
        assertThat(a.get("provider").asString()).isEqualTo("openai");
        assertTokens(a, 41, 9, 50);
        // The messages of the events, in time order, in the normalized shape; the choice's finish reason kept.
        assertThat(a.get("input")).isEqualTo(textMessages("system", "You summarize support tickets.",
                "user", "Summarize: the printer on floor 3 is on fire."));
        assertThat(a.get("output")).isEqualTo(answer("A printer is burning on floor 3.", "stop"));
        // The evaluation event is listed beside the span's own summary; the plain log record is not kept anywhere.
        assertThat(a.get("attributes").get("genai")).isEqualTo(json("""
                {"operation":"chat","requestModel":"gpt-4o-mini","finishReasons":["stop"],"convention":["otel-genai"],
                 "evaluationsFromLogs":[{"name":"faithfulness","scoreValue":0.75,"scoreLabel":"mostly faithful"}]}"""));
        assertThat(a.toString()).doesNotContain("ticket summarized");
        assertThat(a.get("attributes").has("otel.events")).isFalse();

        JsonNode b = spansById(trace(tenant, answer.getSpanContext().getTraceId())).get(answer.getSpanContext().getSpanId());
        assertThat(b.get("kind").asString()).isEqualTo("llm");
        assertThat(b.get("model").asString()).isEqualTo("gpt-4o");
        assertThat(b.get("input")).isEqualTo(textMessages("user", "Will it rain in Lisbon tomorrow?"));
        assertThat(b.get("output")).isEqualTo(json(CHAT_OUTPUT));
        // the finish reason of the output joined from the log event is added to the summary
        assertThat(b.get("attributes").get("genai")).isEqualTo(json("""
                {"operation":"chat","requestModel":"gpt-4o","convention":["otel-genai"],"finishReasons":["tool_call"]}"""));
    }

    private static void event(Logger logger, Context context, String name, Instant time, Value<?> body) {
        logger.logRecordBuilder().setContext(context).setTimestamp(time).setEventName(name).setBody(body).emit();
    }

    private static CompletableResultCode export(OtlpHttpSpanExporterBuilder builder, List<SpanData> spans) {
        OtlpHttpSpanExporter exporter = builder.build();
        try {
            return exporter.export(spans).join(30, TimeUnit.SECONDS);
        } finally {
            exporter.shutdown().join(10, TimeUnit.SECONDS);
        }
    }

    private static void assertFailsWith401(OtlpHttpSpanExporterBuilder builder, List<SpanData> spans) {
        CompletableResultCode result = export(builder, spans);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getFailureThrowable()).isInstanceOf(FailedExportException.HttpExportException.class);
        var response = ((FailedExportException.HttpExportException) result.getFailureThrowable()).getResponse();
        assertThat(response.getStatusCode()).isEqualTo(401);
    }
}
