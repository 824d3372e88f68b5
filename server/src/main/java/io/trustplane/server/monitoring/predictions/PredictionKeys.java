package io.trustplane.server.monitoring.predictions;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The store keys of predictions and ground truth: the first 128 bits of a SHA-256 (not a name-based MD5 UUID, whose
 * collisions a client could craft to have its own rows dropped as duplicates). The client's id comes last, after
 * fixed-width UUIDs, so no two different (scope, id) pairs give the same text.
 */
final class PredictionKeys {
    private PredictionKeys() {
    }

    /** One row per (project, model version, prediction id): a retried prediction is stored once. */
    static UUID prediction(UUID projectId, UUID versionId, String predictionId) {
        return sha256("p|" + projectId + "|" + versionId + "|" + predictionId);
    }

    /** One ground truth per (project, model, prediction id), shared by every version's prediction with that id. */
    static UUID outcome(UUID projectId, UUID modelId, String predictionId) {
        return sha256("o|" + projectId + "|" + modelId + "|" + predictionId);
    }

    private static UUID sha256(String identity) {
        try {
            ByteBuffer hash = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
            return new UUID(hash.getLong(), hash.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
