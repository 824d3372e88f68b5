package io.trustplane.core.monitoring.trust;

/**
 * The guard component's input: interactions (an LLM call, a request) in the window and how many of them
 * had a blocked or flagged guard finding.
 *
 * <p>Sub-score: {@code settings.guardFindingShare().score(withFindings / interactions)}.
 *
 * @param interactions             interactions scanned, > 0
 * @param interactionsWithFindings those with at least one blocked or flagged finding, in [0, interactions]
 */
public record GuardInput(long interactions, long interactionsWithFindings) {

    public GuardInput {
        Assessment.requireCounts("guard", interactionsWithFindings, "interactions with findings", interactions,
                "interactions");
    }

    Assessment assess(TrustSettings settings) {
        return Assessment.ofShare("interactions_with_findings", interactionsWithFindings, "interactions", interactions,
                "finding_share", settings.guardFindingShare(), "interactions", "had blocked or flagged guard findings");
    }
}
