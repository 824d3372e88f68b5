package io.trustplane.server.gateway.openai;

import io.trustplane.core.guard.TextSegment;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import tools.jackson.databind.JsonNode;

/**
 * Estimates token counts where no tokenizer answers: for the rate limiter before a request is forwarded (the
 * upstream's {@code usage} settles the difference afterwards), and for traces of answers that came without a
 * {@code usage} block. No tokenizer is on the classpath, and a model's tokenizer depends on the upstream anyway.
 *
 * <p>The estimate: ASCII characters at 4 per token (OpenAI's rule of thumb for English with BPE tokenizers), every
 * other code point as one token (CJK and other scripts take about one token per character; accented Latin is
 * over-counted, which errs towards limiting too early rather than too late), plus 4 tokens of framing per guarded
 * text (a chat message's role and separators, as in OpenAI's counting guide). Traces mark estimated counts.
 */
public final class TokenEstimator {
    /** Framing tokens per message (role, separators). */
    public static final int PER_TEXT = 4;

    private TokenEstimator() {
    }

    /** Estimated tokens of a text. */
    public static long tokens(String text) {
        if (text == null || text.isEmpty()) return 0;
        long ascii = 0;
        long other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp < 0x80) ascii++;
            else other++;
            i += Character.charCount(cp);
        }
        return (ascii + 3) / 4 + other;
    }

    /** Estimated prompt tokens of a request: its texts ({@link OpenAiTexts#request}) with their framing. */
    public static long promptTokens(GatewayEndpoint endpoint, JsonNode body) {
        long total = 0;
        for (TextSegment s : OpenAiTexts.request(endpoint, body).segments()) total += tokens(s.text()) + PER_TEXT;
        return total;
    }

    /**
     * What a request may consume at most, as the rate limiter reserves it: its prompt plus the completion tokens it
     * allows ({@code max_completion_tokens}, {@code max_tokens} or {@code max_output_tokens}; none when absent, the
     * settlement then corrects the reservation).
     */
    public static long requestTokens(GatewayEndpoint endpoint, JsonNode body) {
        long max = 0;
        if (body != null) {
            for (String field : new String[] {"max_completion_tokens", "max_tokens", "max_output_tokens"}) {
                JsonNode n = body.get(field);
                if (n != null && n.isIntegralNumber() && n.asLong() > 0) {
                    max = n.asLong();
                    break;
                }
            }
        }
        return promptTokens(endpoint, body) + max;
    }
}
