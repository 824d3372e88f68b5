package io.trustplane.core.guard.output;

import io.trustplane.core.guard.Finding;
import java.util.List;
import java.util.Set;

/** Finds canary tokens (secret markers planted in a prompt) in an output: any occurrence proves a leak. */
final class CanaryCheck {
    /** Shorter tokens would match ordinary words by chance. */
    static final int MIN_TOKEN_LENGTH = 6;
    private static final int MAX_HITS_PER_TOKEN = 4;

    private CanaryCheck() {
    }

    static void find(String text, Set<String> canaryTokens, List<Finding> out) {
        for (String token : canaryTokens) {
            if (token == null || token.length() < MIN_TOKEN_LENGTH) {
                continue;
            }
            int from = 0;
            for (int hits = 0; hits < MAX_HITS_PER_TOKEN; hits++) {
                int at = text.indexOf(token, from);
                if (at < 0) {
                    break;
                }
                out.add(new Finding(OutputDetector.NAME, "CANARY_LEAK", at, at + token.length(), 1.0,
                        "a canary token from the prompt appears in the output"));
                from = at + token.length();
            }
        }
    }
}
