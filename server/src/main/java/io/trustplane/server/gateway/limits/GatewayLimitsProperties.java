package io.trustplane.server.gateway.limits;

import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Gateway rate limits and quotas ({@code trustplane.gateway.limits.*}); 0 means unlimited.
 *
 * @param requestsPerMinute per project key
 * @param tokensPerMinute per project key (reserved from the request's estimate, settled from the upstream's usage)
 * @param tokensPerDay per project key, per UTC day
 * @param projectTokensPerMonth per project (all its keys), per UTC calendar month
 * @param projects per-project overrides of any of the above, by project id
 */
@ConfigurationProperties("trustplane.gateway.limits")
public record GatewayLimitsProperties(Long requestsPerMinute, Long tokensPerMinute, Long tokensPerDay, Long projectTokensPerMonth,
                                      Map<UUID, Override> projects) {

    public GatewayLimitsProperties {
        requestsPerMinute = requestsPerMinute == null ? 0 : requestsPerMinute;
        tokensPerMinute = tokensPerMinute == null ? 0 : tokensPerMinute;
        tokensPerDay = tokensPerDay == null ? 0 : tokensPerDay;
        projectTokensPerMonth = projectTokensPerMonth == null ? 0 : projectTokensPerMonth;
        projects = projects == null ? Map.of() : Map.copyOf(projects);
    }

    /** A project's limits where it overrides the defaults (null: the default). */
    public record Override(Long requestsPerMinute, Long tokensPerMinute, Long tokensPerDay, Long projectTokensPerMonth) {
    }

    /** The limits in force for a project. */
    public Limits limits(UUID projectId) {
        Override o = projects.get(projectId);
        if (o == null) return new Limits(requestsPerMinute, tokensPerMinute, tokensPerDay, projectTokensPerMonth);
        return new Limits(or(o.requestsPerMinute(), requestsPerMinute), or(o.tokensPerMinute(), tokensPerMinute),
                or(o.tokensPerDay(), tokensPerDay), or(o.projectTokensPerMonth(), projectTokensPerMonth));
    }

    private static long or(Long value, long fallback) {
        return value == null ? fallback : value;
    }

    /** Limits as numbers; 0 is unlimited. */
    public record Limits(long requestsPerMinute, long tokensPerMinute, long tokensPerDay, long projectTokensPerMonth) {
        public Limits {
            if (requestsPerMinute < 0 || tokensPerMinute < 0 || tokensPerDay < 0 || projectTokensPerMonth < 0) {
                throw new IllegalArgumentException("gateway limits must not be negative");
            }
        }
    }
}
