package io.trustplane.server.gateway.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.trustplane.core.guard.GuardRequest;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.trace.Span;
import io.trustplane.core.trace.SpanKind;
import io.trustplane.core.trace.SpanStatus;
import io.trustplane.server.gateway.guard.GuardedRequest;
import io.trustplane.server.gateway.openai.TokenEstimator;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GatewaySpansTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final PriceTable PRICES = new PriceTable(Map.of("gpt-4o", new PriceTable.Price(2.5, 10), "gpt-4o-mini",
            new PriceTable.Price(0.15, 0.6)));
    static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

    static GuardedRequest request(String body) {
        JsonNode node = JSON.readTree(body);
        return new GuardedRequest(UUID.randomUUID(), GatewayEndpoint.CHAT_COMPLETIONS, null, node, null, null,
                new GuardRequest(List.of(), ScanContext.EMPTY, Map.of()), Map.of(), node.path("model").asString(null),
                node.path("stream").asBoolean(false));
    }

    @Test
    void priceTableMatchesExactThenLongestDashedPrefix() {
        assertThat(PRICES.price("gpt-4o-2024-08-06")).isEqualTo(new PriceTable.Price(2.5, 10));
        assertThat(PRICES.price("gpt-4o-mini-2024-07-18")).isEqualTo(new PriceTable.Price(0.15, 0.6));
        assertThat(PRICES.price("GPT-4O")).isEqualTo(new PriceTable.Price(2.5, 10));
        assertThat(PRICES.price("gpt-4")).isNull();
        assertThat(PRICES.price("gpt-4omni")).isNull();
        assertThat(PRICES.cost("gpt-4o", 1_000_000L, 500_000L)).isCloseTo(7.5, within(1e-12));
        assertThat(PRICES.cost("unknown", 10L, 10L)).isNull();
    }

    @Test
    void aCallWithUsageBecomesAnLlmSpanWithTokensCostAndGuardAttributes() {
        GuardedRequest in = request("""
                {"model":"gpt-4o","user":"u-42","messages":[{"role":"user","content":"Hi"}]}""");
        JsonNode response = JSON.readTree("""
                {"id":"x","model":"gpt-4o-2024-08-06","choices":[{"index":0,"message":{"role":"assistant","content":"Hello!"},
                 "finish_reason":"stop"}],"usage":{"prompt_tokens":1200,"completion_tokens":300,"total_tokens":1500}}""");
        Span span = GatewaySpans.build(new GatewayCall("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", "openai", in,
                response, null, null, T0, null, T0.plusMillis(850), 200, null, "tpk_1234abcd"), PRICES, JSON);
        assertThat(span.traceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(span.parentSpanId()).isEqualTo("b7ad6b7169203331");
        assertThat(span.spanId()).hasSize(16);
        assertThat(span.kind()).isEqualTo(SpanKind.LLM);
        assertThat(span.status()).isEqualTo(SpanStatus.OK);
        assertThat(span.model()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(span.provider()).isEqualTo("openai");
        assertThat(span.name()).isEqualTo("chat.completions gpt-4o-2024-08-06");
        assertThat(span.inputTokens()).isEqualTo(1200);
        assertThat(span.outputTokens()).isEqualTo(300);
        assertThat(span.totalTokens()).isEqualTo(1500);
        assertThat(span.cost()).isCloseTo((1200 * 2.5 + 300 * 10) / 1e6, within(1e-12));
        assertThat(span.durationMillis()).isEqualTo(850.0);
        assertThat(span.userId()).isEqualTo("u-42");
        assertThat(JSON.readTree(span.inputJson()).at("/0/content").asString()).isEqualTo("Hi");
        assertThat(JSON.readTree(span.outputJson()).at("/0/content").asString()).isEqualTo("Hello!");
        JsonNode attributes = JSON.readTree(span.attributesJson());
        assertThat(attributes.path("gateway.request_model").asString()).isEqualTo("gpt-4o");
        assertThat(attributes.path("gateway.key").asString()).isEqualTo("tpk_1234abcd");
        assertThat(attributes.has("gateway.tokens_estimated")).isFalse();
    }

    @Test
    void withoutUsageTokensAreEstimatedAndMarked() {
        GuardedRequest in = request("""
                {"model":"gpt-4o-mini","stream":true,"messages":[{"role":"user","content":"abcdefgh"}]}""");
        JsonNode response = JSON.readTree("""
                {"model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant","content":"abcd"}}]}""");
        Span span = GatewaySpans.build(new GatewayCall(null, null, "local", in, response, null, null, T0, T0.plusMillis(120),
                T0.plusMillis(400), 200, null, null), PRICES, JSON);
        assertThat(span.traceId()).hasSize(32);
        assertThat(span.inputTokens()).isEqualTo(2 + TokenEstimator.PER_TEXT);
        assertThat(span.outputTokens()).isEqualTo(1);
        assertThat(span.cost()).isCloseTo((6 * 0.15 + 1 * 0.6) / 1e6, within(1e-15));
        JsonNode attributes = JSON.readTree(span.attributesJson());
        assertThat(attributes.path("gateway.tokens_estimated").asBoolean()).isTrue();
        assertThat(attributes.path("gateway.ttft_ms").asDouble()).isEqualTo(120.0);
    }

    @Test
    void anUpstreamErrorIsAnErrorSpanWithoutTokens() {
        GuardedRequest in = request("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
        Span span = GatewaySpans.build(new GatewayCall(null, null, "openai", in, null, null, null, T0, null, T0.plusSeconds(30),
                504, "upstream timed out", null), PRICES, JSON);
        assertThat(span.status()).isEqualTo(SpanStatus.ERROR);
        assertThat(span.statusMessage()).isEqualTo("upstream timed out");
        assertThat(span.inputTokens()).isNull();
        assertThat(span.cost()).isNull();
    }

    @Test
    void tokenEstimates() {
        assertThat(TokenEstimator.tokens("")).isZero();
        assertThat(TokenEstimator.tokens("abcd")).isEqualTo(1);
        assertThat(TokenEstimator.tokens("abcde")).isEqualTo(2);
        assertThat(TokenEstimator.tokens("日本語")).isEqualTo(3);
        assertThat(TokenEstimator.requestTokens(GatewayEndpoint.CHAT_COMPLETIONS,
                JSON.readTree("{\"max_tokens\":100,\"messages\":[{\"role\":\"user\",\"content\":\"abcd\"}]}"))).isEqualTo(105);
    }
}
