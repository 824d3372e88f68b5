package io.trustplane.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class SciPyHarnessTest {

    @Test
    void theReferenceScriptsRunAndAgreeWithCommonsStatistics() {
        JsonNode answer = SciPy.run("echo_check.py", Map.of("x", 1.0));

        assertThat(answer.get("scipy").asString()).isNotBlank();
        double expected = answer.get("cdf").asDouble();
        double actual = NormalDistribution.of(0, 1).cumulativeProbability(1.0);
        assertThat(SciPy.relativeError(actual, expected)).isLessThan(1e-12);
    }
}
