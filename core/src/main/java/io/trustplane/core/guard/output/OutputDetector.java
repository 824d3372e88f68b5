package io.trustplane.core.guard.output;

import io.trustplane.core.guard.Detector;
import io.trustplane.core.guard.DetectorResult;
import io.trustplane.core.guard.Direction;
import io.trustplane.core.guard.Finding;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what a model produced, before it reaches a user or a renderer. Name {@code output}; applies to
 * {@link Direction#OUTPUT} segments only.
 *
 * <ul>
 *   <li>{@code CANARY_LEAK}: a canary token from {@link ScanContext#canaryTokens()} appears in the output,
 *       proof that hidden prompt content leaked (confidence 1).
 *   <li>{@code SYSTEM_PROMPT_LEAK}: the output repeats a long run of a system prompt
 *       ({@link PromptLeakCheck}).
 *   <li>{@code MARKDOWN_IMAGE_EXFILTRATION} / {@code MARKDOWN_LINK_EXFILTRATION}: images or links to
 *       domains outside {@link ScanContext#trustedDomains()} ({@link ExfiltrationCheck}).
 *   <li>{@code INVISIBLE_CHARACTERS}: tag characters, bidi overrides and runs of zero-width characters
 *       that hide text from the reader ({@link InvisibleCharacterCheck}).
 *   <li>{@code REFUSAL}: the model declined ({@link RefusalCheck}). Reported with a confidence below the
 *       threshold: a refusal is worth counting and monitoring, not blocking.
 * </ul>
 *
 * <p>Outputs longer than {@link #MAX_SCANNED_CHARS} are checked on their first part only; every check is
 * linear in the scanned length.
 */
public final class OutputDetector implements Detector {
    public static final String NAME = "output";
    public static final double DEFAULT_THRESHOLD = 0.5;
    static final int MAX_SCANNED_CHARS = 256 * 1024;
    static final int MAX_FINDINGS = 64;

    private final double threshold;

    public OutputDetector(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    public static OutputDetector withDefaults() {
        return new OutputDetector(DEFAULT_THRESHOLD);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(TextSegment segment) {
        return segment.direction() == Direction.OUTPUT;
    }

    @Override
    public DetectorResult scan(TextSegment segment, ScanContext context) {
        String text = segment.text();
        if (text.length() > MAX_SCANNED_CHARS) {
            text = text.substring(0, MAX_SCANNED_CHARS);
        }
        List<Finding> findings = new ArrayList<>();
        try {
            CanaryCheck.find(text, context.canaryTokens(), findings);
            PromptLeakCheck.find(text, context.systemPrompts(), findings);
            ExfiltrationCheck.find(text, context.trustedDomains(), findings);
            InvisibleCharacterCheck.find(text, findings);
            RefusalCheck.find(text, findings);
        } catch (RuntimeException e) {
            // A check that breaks must not hide what the others found; the engine's contract is no throw.
            findings.add(new Finding(NAME, "DETECTOR_ERROR", 0, 0, 1.0, "output check failed: " + e.getClass().getSimpleName()));
        }
        if (findings.size() > MAX_FINDINGS) {
            findings.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
            findings = new ArrayList<>(findings.subList(0, MAX_FINDINGS));
        }
        return DetectorResult.of(NAME, findings, threshold);
    }
}
