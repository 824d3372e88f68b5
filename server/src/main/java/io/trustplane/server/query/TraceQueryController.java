package io.trustplane.server.query;

import io.trustplane.server.security.ProjectPrincipal;
import io.trustplane.server.store.SqlTime;
import io.trustplane.server.web.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Trace list, trace tree and stats, each scoped by the caller's project. */
@RestController
public class TraceQueryController {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final int DEFAULT_MAX_BUCKETS = 500;
    static final int MAX_BUCKETS = 10_000;
    private static final List<String> STATUSES = List.of("ok", "error", "unset");
    private static final List<String> KINDS = List.of("llm", "tool", "retrieval", "agent", "chain", "other");

    private final TraceQueryRepository traces;
    private final StatsRepository stats;
    private final JsonMapper json;

    public TraceQueryController(TraceQueryRepository traces, StatsRepository stats, JsonMapper json) {
        this.traces = traces;
        this.stats = stats;
        this.json = json;
    }

    public record Page<T>(List<T> items, String nextCursor) {
    }

    @GetMapping("/api/v1/traces")
    public Page<TraceSummary> list(@AuthenticationPrincipal ProjectPrincipal caller,
                                   @RequestParam Map<String, String> params,
                                   @RequestParam(name = "tag", required = false) List<String> tags) {
        QueryParams p = new QueryParams();
        Instant from = p.time("from", params.get("from"));
        Instant to = p.time("to", params.get("to"));
        if (from != null && to != null && !from.isBefore(to)) p.error("from", "must be before 'to'");
        List<String> validTags = new ArrayList<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String t = p.text("tag", tag, 256);
            if (t != null) validTags.add(t);
        }
        TraceCursor cursor = null;
        if (params.get("cursor") != null && !params.get("cursor").isEmpty()) {
            cursor = TraceCursor.decode(params.get("cursor"));
            if (cursor == null) p.error("cursor", "is not a cursor returned by this API");
        }
        TraceFilter filter = new TraceFilter(from, to,
                p.text("model", params.get("model"), 256), p.text("provider", params.get("provider"), 256),
                p.oneOf("status", params.get("status"), STATUSES),
                p.text("userId", params.get("userId"), 256), p.text("sessionId", params.get("sessionId"), 256),
                validTags, p.text("q", params.get("q"), 1000),
                p.intInRange("limit", params.get("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT), cursor);
        p.throwIfInvalid();

        List<TraceSummary> rows = traces.list(caller.requireProject(), filter);
        if (rows.size() <= filter.limit()) return new Page<>(rows, null);
        List<TraceSummary> page = rows.subList(0, filter.limit());
        TraceSummary last = page.getLast();
        return new Page<>(List.copyOf(page), TraceCursor.of(last.startTime(), last.traceId()).encode());
    }

    @GetMapping("/api/v1/traces/{traceId}")
    public TraceDetail trace(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String traceId) {
        UUID projectId = caller.requireProject();
        TraceSummary summary = traces.summary(projectId, traceId)
                .orElseThrow(() -> ApiException.notFound("Trace '" + traceId + "'"));
        List<SpanNode> spans = traces.spans(projectId, traceId).stream().map(this::node).toList();
        return new TraceDetail(summary, TraceTrees.build(spans));
    }

    @GetMapping("/api/v1/stats")
    public StatsResult stats(@AuthenticationPrincipal ProjectPrincipal caller, @RequestParam Map<String, String> params) {
        QueryParams p = new QueryParams();
        Instant to = p.time("to", params.get("to"));
        Instant from = p.time("from", params.get("from"));
        Duration interval = null;
        if (params.get("interval") != null && !params.get("interval").isBlank()) {
            interval = Intervals.parse(params.get("interval"));
            if (interval == null) p.error("interval", "must be a positive duration like 30s, 5m, 1h, 1d or PT5M");
        }
        if (to == null) {
            // The default range ends at the next bucket boundary, so buckets fall on round times (10:05, 10:10).
            Duration width = interval != null ? interval
                    : Intervals.defaultFor(from == null ? Duration.ofDays(1) : Duration.between(from, Instant.now()), DEFAULT_MAX_BUCKETS);
            to = Intervals.nextBoundary(Instant.now(), width);
        }
        if (from == null) from = to.minus(Duration.ofDays(1));
        if (!from.isBefore(to)) p.error("from", "must be before 'to'");
        String groupBy = p.oneOf("groupBy", params.get("groupBy"), List.copyOf(StatsRepository.GROUP_COLUMNS.keySet()));
        String kind = p.oneOf("kind", params.get("kind"), KINDS);
        String model = p.text("model", params.get("model"), 256);
        String provider = p.text("provider", params.get("provider"), 256);
        p.throwIfInvalid();
        Duration range = Duration.between(from, to);
        if (interval == null) interval = Intervals.defaultFor(range, DEFAULT_MAX_BUCKETS);
        var query = new StatsRepository.StatsQuery(from, to, interval, groupBy, model, provider, kind);
        if (query.bucketCount() > MAX_BUCKETS) {
            p.error("interval", "gives " + query.bucketCount() + " buckets for this range; at most " + MAX_BUCKETS + " are allowed");
            p.throwIfInvalid();
        }
        return stats.stats(caller.requireProject(), query);
    }

    private SpanNode node(Map<String, Object> row) {
        return new SpanNode((String) row.get("span_id"), (String) row.get("parent_span_id"), (String) row.get("name"),
                (String) row.get("kind"), time(row.get("start_time")), time(row.get("end_time")),
                (Double) row.get("duration_ms"), (String) row.get("status"), (String) row.get("status_message"),
                (String) row.get("model"), (String) row.get("provider"), jsonOf(row.get("input")), jsonOf(row.get("output")),
                asLong(row.get("input_tokens")), asLong(row.get("output_tokens")), asLong(row.get("total_tokens")),
                (Double) row.get("cost"), (String) row.get("user_id"), (String) row.get("session_id"),
                tags(row.get("tags")), jsonOf(row.get("attributes")), null);
    }

    private JsonNode jsonOf(Object text) {
        if (text == null) return null;
        try {
            return json.readTree((String) text);
        } catch (JacksonException e) {
            return json.getNodeFactory().stringNode((String) text);
        }
    }

    private static Instant time(Object value) {
        if (value == null) return null;
        if (value instanceof LocalDateTime ldt) return SqlTime.fromSql(ldt);
        if (value instanceof java.sql.Timestamp ts) return SqlTime.fromSql(ts.toLocalDateTime());
        throw new IllegalStateException("unexpected time value " + value.getClass());
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static List<String> tags(Object value) {
        try {
            if (value instanceof java.sql.Array array) return TraceQueryRepository.strings(array);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return List.of();
    }
}
