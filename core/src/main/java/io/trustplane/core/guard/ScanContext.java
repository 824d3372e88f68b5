package io.trustplane.core.guard;

import java.util.List;
import java.util.Set;

/**
 * What a detector may know about the request beyond the segment it scans.
 *
 * @param systemPrompts the request's system prompts, to detect their leakage into outputs
 * @param canaryTokens secret markers planted in prompts; one appearing in an output proves a leak
 * @param trustedDomains domains that links and images in outputs may point to (a domain also
 *     trusts its subdomains)
 */
public record ScanContext(List<String> systemPrompts, Set<String> canaryTokens, Set<String> trustedDomains) {
    public static final ScanContext EMPTY = new ScanContext(List.of(), Set.of(), Set.of());

    public ScanContext {
        systemPrompts = List.copyOf(systemPrompts);
        canaryTokens = Set.copyOf(canaryTokens);
        trustedDomains = Set.copyOf(trustedDomains);
    }
}
