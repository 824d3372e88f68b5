package io.trustplane.server.guard;

import io.trustplane.core.guard.Detector;
import io.trustplane.core.guard.Detectors;
import io.trustplane.core.guard.GuardEngine;
import io.trustplane.core.guard.injection.InjectionConfig;
import io.trustplane.core.guard.injection.InjectionDetector;
import io.trustplane.embeddings.EmbeddingSecondOpinion;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's detectors: the built-in defaults, with the injection detector's embedding stage when
 * {@code trustplane.guard.embeddings} is on (it loads an ONNX model once, ~90 MB of memory).
 */
@Configuration(proxyBeanMethods = false)
class GuardEngineConfig {

    @Bean
    GuardEngine guardEngine(GuardProperties properties) {
        List<Detector> detectors = new ArrayList<>(Detectors.defaults());
        if (properties.embeddings()) {
            detectors.replaceAll(d -> d instanceof InjectionDetector
                    ? new InjectionDetector(InjectionConfig.DEFAULTS.withSecondOpinion(new EmbeddingSecondOpinion()))
                    : d);
        }
        return new GuardEngine(detectors);
    }
}
