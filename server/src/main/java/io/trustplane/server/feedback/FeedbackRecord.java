package io.trustplane.server.feedback;

import java.util.Map;

/**
 * A stored feedback record as the API shows it. {@code content} is the decrypted personal part, or null with
 * {@code erased} true once its data subject was erased.
 */
public record FeedbackRecord(String id, String clientId, String type, String traceId, String spanId, String annotator,
                             String subject, Double score, String label, Map<String, Object> content, boolean erased,
                             String createdAt, long auditSeq) {
}
