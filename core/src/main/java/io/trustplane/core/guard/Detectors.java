package io.trustplane.core.guard;

import io.trustplane.core.guard.injection.InjectionDetector;
import io.trustplane.core.guard.output.OutputDetector;
import io.trustplane.core.guard.pii.PiiDetector;
import io.trustplane.core.guard.secrets.SecretsDetector;
import java.util.List;

/** The built-in detectors with their default settings, in the order the engine runs them. */
public final class Detectors {
    private Detectors() {
    }

    /** The fast path: injection (lexical, decoding, learned model), PII, secrets and output checks. */
    public static List<Detector> defaults() {
        return List.of(InjectionDetector.withDefaults(), PiiDetector.withDefaults(), SecretsDetector.withDefaults(),
                OutputDetector.withDefaults());
    }

    /** An engine over {@link #defaults()}. */
    public static GuardEngine defaultEngine() {
        return new GuardEngine(defaults());
    }
}
