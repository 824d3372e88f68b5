package io.trustplane.server.gateway.tracing;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Model prices in USD per million tokens, input and output, for the cost of gateway calls. A model is priced by its
 * exact name, else by the longest configured name it starts with followed by {@code -} (so {@code gpt-4o-2024-08-06}
 * takes {@code gpt-4o}'s price, while {@code gpt-4o-mini} takes its own when configured); unknown models have no cost
 * (null, never a guess).
 */
public final class PriceTable {
    /** Input and output price per million tokens. */
    public record Price(double input, double output) {
        public Price {
            if (!(input >= 0) || !(output >= 0)) throw new IllegalArgumentException("prices must be non-negative numbers");
        }
    }

    private final TreeMap<String, Price> prices = new TreeMap<>();

    public PriceTable(Map<String, Price> prices) {
        prices.forEach((model, price) -> this.prices.put(model.toLowerCase(Locale.ROOT), price));
    }

    /** The price of a model, or null when the table has none. */
    public Price price(String model) {
        if (model == null) return null;
        String m = model.toLowerCase(Locale.ROOT);
        Price exact = prices.get(m);
        if (exact != null) return exact;
        for (String prefix = prices.floorKey(m); prefix != null; prefix = prices.lowerKey(prefix)) {
            if (m.startsWith(prefix + "-")) return prices.get(prefix);
            if (prefix.isEmpty() || prefix.charAt(0) != m.charAt(0)) break;
        }
        return null;
    }

    /** The cost in USD of a call, or null when the model has no price or a count is unknown. */
    public Double cost(String model, Long inputTokens, Long outputTokens) {
        Price p = price(model);
        if (p == null || inputTokens == null || outputTokens == null) return null;
        return (inputTokens * p.input() + outputTokens * p.output()) / 1_000_000.0;
    }
}
