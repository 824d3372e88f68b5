package io.trustplane.server.guard;

import io.trustplane.core.guard.GuardEngine;
import io.trustplane.core.guard.policy.CompiledPolicy;
import java.time.Instant;

/**
 * A project's policy, ready to decide: the document as saved, and what was compiled from it.
 *
 * @param version 0 for the built-in default, 1.. for saved versions
 * @param createdAt when this version was saved (null for the default)
 * @param createdBy the key prefix that saved it (null for the default)
 * @param engine the server's detectors plus this policy's custom rules, if any
 */
public record ProjectPolicy(int version, PolicyDocument document, CompiledPolicy compiled, Instant createdAt, String createdBy,
        GuardEngine engine) {

    public boolean isDefault() {
        return version == 0;
    }
}
