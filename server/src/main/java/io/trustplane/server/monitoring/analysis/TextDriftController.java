package io.trustplane.server.monitoring.analysis;

import io.trustplane.core.monitoring.drift.EmbeddingDrift;
import io.trustplane.core.validation.FieldError;
import io.trustplane.server.query.QueryParams;
import io.trustplane.server.security.ProjectPrincipal;
import io.trustplane.server.web.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/text-drift}: whether an LLM application's inputs in {@code [from, to)} drifted from those in
 * {@code [referenceFrom, referenceTo)} (docs/MONITORING.md "Text drift"). Computed on demand from samples of the
 * traces; it embeds up to {@code 2 × sample} texts, so it takes seconds.
 */
@RestController
public class TextDriftController {
    static final int DEFAULT_SAMPLE = 200;
    static final int MAX_SAMPLE = 1000;
    /** Fewer texts than this on a side give no answer: the test has no power. */
    static final int MIN_TEXTS = 20;

    private final TextDriftService drift;

    public TextDriftController(TextDriftService drift) {
        this.drift = drift;
    }

    public record TextDriftView(Instant referenceFrom, Instant referenceTo, Instant from, Instant to, String kind,
                                EmbeddingDrift.Result result, String explanation) {
    }

    @GetMapping("/api/v1/text-drift")
    public TextDriftView textDrift(@AuthenticationPrincipal ProjectPrincipal caller, @RequestParam Map<String, String> params) {
        UUID projectId = caller.requireProject();
        QueryParams p = new QueryParams();
        Instant referenceFrom = required(p, "referenceFrom", params);
        Instant referenceTo = required(p, "referenceTo", params);
        Instant from = required(p, "from", params);
        Instant to = required(p, "to", params);
        if (referenceFrom != null && referenceTo != null && !referenceFrom.isBefore(referenceTo)) {
            p.error("referenceFrom", "must be before 'referenceTo'");
        }
        if (from != null && to != null && !from.isBefore(to)) p.error("from", "must be before 'to'");
        int sample = p.intInRange("sample", params.get("sample"), DEFAULT_SAMPLE, MIN_TEXTS, MAX_SAMPLE);
        int permutations = p.intInRange("permutations", params.get("permutations"), EmbeddingDrift.DEFAULT_PERMUTATIONS, 100, 10_000);
        String kind = p.text("kind", params.get("kind"), 32);
        p.throwIfInvalid();
        List<String> reference = drift.sample(projectId, referenceFrom, referenceTo, kind, sample);
        List<String> current = drift.sample(projectId, from, to, kind, sample);
        if (reference.size() < MIN_TEXTS || current.size() < MIN_TEXTS) {
            throw ApiException.badRequest("Too few span inputs to compare: " + reference.size() + " in the reference range and "
                    + current.size() + " in the current one; at least " + MIN_TEXTS + " each are needed.",
                    List.of(new FieldError(reference.size() < MIN_TEXTS ? "referenceFrom" : "from",
                            "selects fewer than " + MIN_TEXTS + " spans with an input")));
        }
        EmbeddingDrift.Result result = drift.compare(reference, current, permutations, EmbeddingDrift.DEFAULT_ALPHA);
        String explanation = "%d reference and %d current inputs: MMD² %.4g, permutation p-value %.4g (%d permutations), mean "
                .formatted(result.referenceSize(), result.currentSize(), result.mmd2(), result.pValue(), result.permutations())
                + "embeddings %.3f apart in cosine distance: %s".formatted(result.meanCosineDistance(),
                result.drifted() ? "the inputs drifted (p < " + result.alpha() + ")" : "no significant drift");
        return new TextDriftView(referenceFrom, referenceTo, from, to, kind, result, explanation);
    }

    private static Instant required(QueryParams p, String field, Map<String, String> params) {
        Instant value = p.time(field, params.get(field));
        if (value == null && (params.get(field) == null || params.get(field).isBlank())) p.error(field, "is required (RFC 3339)");
        return value;
    }
}
