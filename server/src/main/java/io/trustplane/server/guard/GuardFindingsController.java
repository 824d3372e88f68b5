package io.trustplane.server.guard;

import io.trustplane.core.validation.FieldError;
import io.trustplane.server.security.ProjectPrincipal;
import io.trustplane.server.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Findings of the background scan of ingested spans, by trace, detector, type and verdict. */
@RestController
public class GuardFindingsController {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final GuardFindingsRepository repository;

    public GuardFindingsController(GuardFindingsRepository repository) {
        this.repository = repository;
    }

    public record Page(List<GuardFindingsRepository.StoredFinding> items, String nextCursor) {
    }

    /**
     * {@code GET /api/v1/guard/findings?traceId=&spanId=&detector=&type=&verdict=&from=&to=&limit=&cursor=}:
     * newest spans first; {@code verdict} is the span's decision (allow, flag, redact, block).
     */
    @GetMapping("/api/v1/guard/findings")
    public Page findings(@AuthenticationPrincipal ProjectPrincipal caller, @RequestParam Map<String, String> params) {
        List<FieldError> errors = new ArrayList<>();
        String verdict = params.get("verdict");
        if (verdict != null && !verdict.isBlank()) {
            verdict = verdict.trim().toLowerCase(Locale.ROOT);
            if (!PolicyDocuments.ACTIONS.contains(verdict)) {
                errors.add(new FieldError("verdict", "must be one of " + PolicyDocuments.ACTIONS));
            }
        } else {
            verdict = null;
        }
        Instant from = time("from", params.get("from"), errors);
        Instant to = time("to", params.get("to"), errors);
        int limit = DEFAULT_LIMIT;
        if (params.get("limit") != null) {
            try {
                limit = Integer.parseInt(params.get("limit").trim());
                if (limit < 1 || limit > MAX_LIMIT) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                errors.add(new FieldError("limit", "must be an integer from 1 to " + MAX_LIMIT));
            }
        }
        GuardFindingsRepository.FindingCursor cursor = null;
        if (params.get("cursor") != null && !params.get("cursor").isEmpty()) {
            cursor = decode(params.get("cursor"));
            if (cursor == null) errors.add(new FieldError("cursor", "is not a cursor returned by this API"));
        }
        for (String key : params.keySet()) {
            if (!List.of("traceId", "spanId", "detector", "type", "verdict", "from", "to", "limit", "cursor").contains(key)) {
                errors.add(new FieldError(key, "is not a filter of this endpoint"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors.size() == 1 ? "1 query parameter is invalid." : errors.size() + " query parameters are invalid.", errors);
        }
        var filter = new GuardFindingsRepository.Filter(blankToNull(params.get("traceId")), blankToNull(params.get("spanId")),
                blankToNull(params.get("detector")), blankToNull(params.get("type")), verdict, from, to, limit, cursor);
        List<Object[]> rows = repository.findings(caller.requireProject(), filter);
        List<GuardFindingsRepository.StoredFinding> items = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), limit); i++) {
            items.add((GuardFindingsRepository.StoredFinding) rows.get(i)[0]);
        }
        String next = rows.size() > limit ? encode((GuardFindingsRepository.FindingCursor) rows.get(limit - 1)[1]) : null;
        return new Page(items, next);
    }

    public record TraceGuard(String traceId, List<GuardFindingsRepository.SpanScan> spans,
                             List<GuardFindingsRepository.StoredFinding> findings) {
    }

    /** The guard's decisions and findings for every scanned span of one trace. */
    @GetMapping("/api/v1/traces/{traceId}/guard")
    public TraceGuard traceGuard(@AuthenticationPrincipal ProjectPrincipal caller, @PathVariable String traceId) {
        UUID projectId = caller.requireProject();
        List<GuardFindingsRepository.SpanScan> scans = repository.scansOfTrace(projectId, traceId);
        if (scans.isEmpty()) {
            throw ApiException.notFound("Guard results for trace '" + traceId + "' (not scanned yet, no text, or unknown trace)");
        }
        var filter = new GuardFindingsRepository.Filter(traceId, null, null, null, null, null, null, 10_000, null);
        List<GuardFindingsRepository.StoredFinding> findings = repository.findings(projectId, filter).stream()
                .map(r -> (GuardFindingsRepository.StoredFinding) r[0]).toList();
        return new TraceGuard(traceId, scans, findings);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Instant time(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) return null;
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "must be an RFC 3339 date-time with offset, e.g. 2026-11-22T10:00:00Z"));
            return null;
        }
    }

    private static String encode(GuardFindingsRepository.FindingCursor c) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("g1|" + c.startMicros() + "|" + c.spanKey() + "|" + c.seq()).getBytes(StandardCharsets.UTF_8));
    }

    private static GuardFindingsRepository.FindingCursor decode(String text) {
        try {
            String[] p = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            if (p.length != 4 || !p[0].equals("g1")) return null;
            return new GuardFindingsRepository.FindingCursor(Long.parseLong(p[1]), UUID.fromString(p[2]), Integer.parseInt(p[3]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
