package io.trustplane.server.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.trustplane.server.eventlog.EventLog;
import io.trustplane.server.ingest.SpanProjector;
import io.trustplane.server.testsupport.ApiClient;
import io.trustplane.server.testsupport.ApiClient.Response;
import io.trustplane.server.testsupport.ApiClient.TestTenant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Trace list, tree and stats over data ingested through the real API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceQueryTest {
    static final String ADMIN = "query-test-admin-key-0123456789ab";

    // Created eagerly: with a per-class test instance the context starts before @TempDir fields are set.
    static final Path dataDir = newTempDir();

    private static Path newTempDir() {
        try {
            Path dir = java.nio.file.Files.createTempDirectory("trustplane-query-test");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustplane.store.data-dir", () -> dataDir.toString());
        registry.add("trustplane.security.admin-key", () -> ADMIN);
    }

    @LocalServerPort
    int port;
    @Autowired
    SpanProjector projector;
    @Autowired
    EventLog eventLog;

    ApiClient api;
    TestTenant a;
    TestTenant b;
    TestTenant c;

    private static String span(String traceId, String spanId, String parent, String name, String kind, String start,
                               String end, String extra) {
        return """
                {"traceId":"%s","spanId":"%s","parentSpanId":%s,"name":"%s","kind":"%s","startTime":"%s","endTime":%s%s}"""
                .formatted(traceId, spanId, parent == null ? "null" : "\"" + parent + "\"", name, kind, start,
                        end == null ? "null" : "\"" + end + "\"", extra.isEmpty() ? "" : "," + extra);
    }

    private void ingest(TestTenant tenant, List<String> spans) {
        Response response = api.post("/api/v1/traces", tenant.key(), "{\"spans\":[" + String.join(",", spans) + "]}");
        assertThat(response.status()).as(response.body()).isEqualTo(202);
    }

    @BeforeAll
    void ingestData() {
        api = new ApiClient(port);
        a = api.createTenant(ADMIN, "a");
        b = api.createTenant(ADMIN, "b");
        c = api.createTenant(ADMIN, "c");
        ingest(a, List.of(
                span("t1", "plan", null, "plan", "agent", "2026-11-22T10:00:00Z", "2026-11-22T10:00:02Z",
                        "\"userId\":\"u1\",\"sessionId\":\"s1\",\"tags\":[\"prod\"],\"input\":\"Where is my order?\""),
                span("t1", "chat", "plan", "chat", "llm", "2026-11-22T10:00:00.100Z", "2026-11-22T10:00:00.200Z",
                        "\"model\":\"gpt-4o\",\"provider\":\"openai\",\"status\":\"ok\",\"input\":[{\"role\":\"user\",\"content\":\"Where is my order?\"}],"
                                + "\"output\":\"It shipped.\",\"inputTokens\":10,\"outputTokens\":5,\"cost\":0.01,\"attributes\":{\"temperature\":0.2}"),
                span("t1", "lookup", "chat", "lookup", "tool", "2026-11-22T10:00:00.150Z", "2026-11-22T10:00:00.160Z", ""),
                span("t2", "only", null, "refund", "llm", "2026-11-22T10:05:00Z", "2026-11-22T10:05:01Z",
                        "\"model\":\"claude-3\",\"provider\":\"anthropic\",\"status\":\"error\",\"error\":\"rate limited\","
                                + "\"userId\":\"u2\",\"tags\":[\"beta\"],\"input\":\"I want a REFUND please\""),
                span("t3", "late-child", "missing", "orphan", "llm", "2026-11-22T10:10:01Z", null, "\"model\":\"gpt-4o\""),
                span("t3", "root", null, "root", "chain", "2026-11-22T10:10:00Z", "2026-11-22T10:10:03Z", "")));
        List<String> same = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            same.add(span("p-%02d".formatted(i), "s", null, "batch", "other", "2026-11-22T09:00:00Z", "2026-11-22T09:00:00.5Z", ""));
        }
        ingest(a, same);
        ingest(b, List.of(span("t1", "x", null, "b-trace", "llm", "2026-11-22T10:00:00Z", null, "\"model\":\"gpt-4o\"")));
        List<String> timed = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            Instant start = Instant.parse("2026-11-22T11:00:00Z").plusSeconds(i * 30L);
            timed.add(span("s" + i, "1", null, "call", "llm", start.toString(), start.plusMillis(i).toString(),
                    "\"model\":\"%s\",\"status\":\"%s\",\"inputTokens\":%d,\"outputTokens\":1,\"cost\":0.5"
                            .formatted(i % 4 == 0 ? "small" : "large", i % 10 == 0 ? "error" : "ok", i)));
        }
        ingest(c, timed);
        long end = eventLog.durableEnd();
        await().atMost(Duration.ofSeconds(20)).until(() -> projector.projectedOffset() >= end);
    }

    private List<String> traceIds(TestTenant tenant, String query) {
        Response response = api.get("/api/v1/traces" + query, tenant.key());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").findValuesAsString("traceId");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void listsTracesNewestFirstWithSummaries() {
        Response response = api.get("/api/v1/traces?limit=3", a.key());
        JsonNode items = response.json().get("items");
        assertThat(items.findValuesAsString("traceId")).containsExactly("t3", "t2", "t1");
        JsonNode t1 = items.get(2);
        assertThat(t1.get("name").asString()).isEqualTo("plan");
        assertThat(t1.get("spanCount").asInt()).isEqualTo(3);
        assertThat(t1.get("durationMs").asDouble()).isEqualTo(2000.0);
        assertThat(t1.get("status").asString()).isEqualTo("ok");
        assertThat(t1.get("models").get(0).asString()).isEqualTo("gpt-4o");
        assertThat(t1.get("userId").asString()).isEqualTo("u1");
        assertThat(t1.get("tags").get(0).asString()).isEqualTo("prod");
        assertThat(t1.get("totalTokens").asLong()).isEqualTo(15);
        assertThat(t1.get("cost").asDouble()).isEqualTo(0.01);
        assertThat(t1.get("inputPreview").asString()).isEqualTo("Where is my order?");
        assertThat(items.get(1).get("status").asString()).isEqualTo("error");
        assertThat(items.get(0).get("name").asString()).isEqualTo("root");
        assertThat(response.json().get("nextCursor").isNull()).isFalse();
    }

    @Test
    void filtersByEveryCriterion() {
        assertThat(traceIds(a, "?model=gpt-4o")).containsExactly("t3", "t1");
        assertThat(traceIds(a, "?provider=anthropic")).containsExactly("t2");
        assertThat(traceIds(a, "?status=error")).containsExactly("t2");
        assertThat(traceIds(a, "?status=unset&limit=2")).containsExactly("t3", "p-24");
        assertThat(traceIds(a, "?userId=u1")).containsExactly("t1");
        assertThat(traceIds(a, "?sessionId=s1")).containsExactly("t1");
        assertThat(traceIds(a, "?tag=prod")).containsExactly("t1");
        assertThat(traceIds(a, "?tag=prod&tag=beta")).isEmpty();
        assertThat(traceIds(a, "?q=refund")).containsExactly("t2");
        assertThat(traceIds(a, "?q=" + enc("SHIPPED."))).containsExactly("t1");
        assertThat(traceIds(a, "?from=" + enc("2026-11-22T10:05:00Z"))).containsExactly("t3", "t2");
        assertThat(traceIds(a, "?from=" + enc("2026-11-22T09:30:00Z") + "&to=" + enc("2026-11-22T10:05:00Z"))).containsExactly("t1");
        assertThat(traceIds(a, "?model=gpt-4o&userId=u2")).isEmpty();
    }

    @Test
    void pagesCoverEveryTraceOnceEvenWithEqualStartTimes() {
        Set<String> seen = new LinkedHashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = api.get("/api/v1/traces?limit=7" + (cursor == null ? "" : "&cursor=" + cursor), a.key());
            List<String> ids = page.json().get("items").findValuesAsString("traceId");
            for (String id : ids) assertThat(seen.add(id)).as("duplicate " + id).isTrue();
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(28);
        assertThat(pages).isEqualTo(4);
        assertThat(List.copyOf(seen).subList(0, 5)).containsExactly("t3", "t2", "t1", "p-24", "p-23");
    }

    @Test
    void returnsATraceAsATree() {
        JsonNode trace = api.get("/api/v1/traces/t1", a.key()).json();
        assertThat(trace.get("traceId").asString()).isEqualTo("t1");
        assertThat(trace.get("spanCount").asInt()).isEqualTo(3);
        JsonNode roots = trace.get("spans");
        assertThat(roots).hasSize(1);
        JsonNode plan = roots.get(0);
        assertThat(plan.get("spanId").asString()).isEqualTo("plan");
        JsonNode chat = plan.get("children").get(0);
        assertThat(chat.get("spanId").asString()).isEqualTo("chat");
        assertThat(chat.get("input").get(0).get("content").asString()).isEqualTo("Where is my order?");
        assertThat(chat.get("output").asString()).isEqualTo("It shipped.");
        assertThat(chat.get("attributes").get("temperature").asDouble()).isEqualTo(0.2);
        assertThat(chat.get("durationMs").asDouble()).isEqualTo(100.0);
        assertThat(chat.get("children").get(0).get("spanId").asString()).isEqualTo("lookup");

        JsonNode orphaned = api.get("/api/v1/traces/t3", a.key()).json().get("spans");
        assertThat(orphaned.findValuesAsString("spanId")).containsExactly("root", "late-child");
        assertThat(orphaned.get(1).get("endTime").isNull()).isTrue();
    }

    @Test
    void projectsNeverSeeEachOthersTraces() {
        assertThat(api.get("/api/v1/traces/t1", b.key()).json().get("name").asString()).isEqualTo("b-trace");
        Response other = api.get("/api/v1/traces/t2", b.key());
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
        assertThat(traceIds(b, "")).containsExactly("t1");
        JsonNode stats = api.get("/api/v1/stats?from=" + enc("2026-11-22T00:00:00Z") + "&to=" + enc("2026-11-23T00:00:00Z"), b.key()).json();
        assertThat(stats.get("series").get(0).get("totals").get("requestCount").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/traces", null).status()).isEqualTo(401);
    }

    @Test
    void statsMatchIndependentlyComputedValues() {
        JsonNode result = api.get("/api/v1/stats?from=" + enc("2026-11-22T11:00:00Z") + "&to=" + enc("2026-11-22T13:00:00Z")
                + "&interval=1h", c.key()).json();
        assertThat(result.get("interval").asString()).isEqualTo("PT1H");
        JsonNode series = result.get("series");
        assertThat(series).hasSize(1);
        JsonNode buckets = series.get(0).get("buckets");
        assertThat(buckets).hasSize(2);
        JsonNode first = buckets.get(0);
        // Spans i = 1..100 start at 11:00 + 30 s * i; 11:00–12:00 holds i = 1..119 ∩ 1..100 minus i*30s >= 3600 -> i <= 119: all but none.
        assertThat(first.get("start").asString()).isEqualTo("2026-11-22T11:00:00Z");
        assertThat(first.get("requestCount").asLong()).isEqualTo(100);
        assertThat(first.get("errorCount").asLong()).isEqualTo(10);
        assertThat(first.get("errorRate").asDouble()).isEqualTo(0.1);
        // Durations 1..100 ms; linear interpolation: p = 1 + q * 99.
        assertThat(first.get("latencyP50Ms").asDouble()).isCloseTo(50.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.get("latencyP95Ms").asDouble()).isCloseTo(95.05, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.get("latencyP99Ms").asDouble()).isCloseTo(99.01, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.get("inputTokens").asLong()).isEqualTo(5050);
        assertThat(first.get("totalTokens").asLong()).isEqualTo(5150);
        assertThat(first.get("cost").asDouble()).isEqualTo(50.0);
        assertThat(buckets.get(1).get("requestCount").asLong()).isZero();
        assertThat(buckets.get(1).get("latencyP50Ms").isNull()).isTrue();
        assertThat(series.get(0).get("totals").get("requestCount").asLong()).isEqualTo(100);

        JsonNode grouped = api.get("/api/v1/stats?from=" + enc("2026-11-22T11:00:00Z") + "&to=" + enc("2026-11-22T13:00:00Z")
                + "&interval=30m&groupBy=model", c.key()).json().get("series");
        assertThat(grouped.findValuesAsString("group")).containsExactly("large", "small");
        JsonNode small = grouped.get(1);
        assertThat(small.get("buckets")).hasSize(4);
        assertThat(small.get("totals").get("requestCount").asLong()).isEqualTo(25);
        // 'small' holds i = 4, 8, ..., 100: errors where i % 10 == 0 -> 20, 40, 60, 80, 100.
        assertThat(small.get("totals").get("errorCount").asLong()).isEqualTo(5);
        // Median of 4, 8, ..., 100 (25 values) is the 13th: 52.
        assertThat(small.get("totals").get("latencyP50Ms").asDouble()).isEqualTo(52.0);
        // First 30 minutes: i * 30 s < 1800 s -> i <= 59 -> small i = 4..56: 14 spans.
        assertThat(small.get("buckets").get(0).get("requestCount").asLong()).isEqualTo(14);

        JsonNode filtered = api.get("/api/v1/stats?from=" + enc("2026-11-22T11:00:00Z") + "&to=" + enc("2026-11-22T13:00:00Z")
                + "&model=small&kind=llm", c.key()).json();
        assertThat(filtered.get("series").get(0).get("totals").get("requestCount").asLong()).isEqualTo(25);
        assertThat(filtered.get("interval").asString()).isEqualTo("PT1M");
    }

    @Test
    void theDefaultRangeIsTheLastDayInRoundBuckets() {
        JsonNode result = api.get("/api/v1/stats?interval=5m", c.key()).json();
        Instant to = Instant.parse(result.get("to").asString());
        Instant from = Instant.parse(result.get("from").asString());
        assertThat(Duration.between(from, to)).isEqualTo(Duration.ofDays(1));
        assertThat(to.getEpochSecond() % 300).isZero();
        assertThat(to).isAfter(Instant.now().minusSeconds(1)).isBefore(Instant.now().plusSeconds(301));
        assertThat(result.get("series").get(0).get("buckets")).hasSize(288);
        JsonNode defaultInterval = api.get("/api/v1/stats", c.key()).json();
        assertThat(defaultInterval.get("interval").asString()).isEqualTo("PT5M");
    }

    @Test
    void invalidParametersAreListedInOneProblem() {
        Response list = api.get("/api/v1/traces?from=yesterday&status=fine&limit=0&cursor=zzz", a.key());
        assertThat(list.status()).isEqualTo(400);
        assertThat(list.contentType()).isEqualTo("application/problem+json");
        assertThat(list.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("from", "status", "limit", "cursor");
        Response order = api.get("/api/v1/traces?from=" + enc("2026-11-22T11:00:00Z") + "&to=" + enc("2026-11-22T10:00:00Z"), a.key());
        assertThat(order.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        Response stats = api.get("/api/v1/stats?interval=soon&groupBy=user&kind=robot", a.key());
        assertThat(stats.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("interval", "groupBy", "kind");
        Response tooMany = api.get("/api/v1/stats?from=" + enc("2026-01-01T00:00:00Z") + "&to=" + enc("2026-11-01T00:00:00Z")
                + "&interval=1m", a.key());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("errors").get(0).get("message").asString()).contains("buckets");
    }
}
