package io.trustplane.server.gateway.tracing;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Gateway tracing settings ({@code trustplane.gateway.tracing.*}).
 *
 * @param enabled record every gateway call as a trace span
 * @param prices USD per million tokens by model ({@code input}, {@code output}); application.yaml ships example
 *     prices for a few models, to be checked against the provider's price list
 */
@ConfigurationProperties("trustplane.gateway.tracing")
public record GatewayTracingProperties(Boolean enabled, Map<String, PriceTable.Price> prices) {

    public GatewayTracingProperties {
        enabled = enabled == null || enabled;
        prices = prices == null ? Map.of() : Map.copyOf(prices);
    }

    public PriceTable priceTable() {
        return new PriceTable(prices);
    }
}
