package io.trustplane.server.guard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Guard settings ({@code trustplane.guard.*}).
 *
 * @param scanIngested scan ingested spans' inputs and outputs in the background and store the findings
 * @param scanBatch spans per scanner transaction
 * @param scanLinger least time between scanner transactions, so each carries many spans
 * @param maxBodySize largest guard API request body
 * @param maxSegmentChars text of one segment beyond this is not scanned (detectors also cap their work)
 * @param embeddings run the heavier embedding stage of the injection detector where the fast stages are unsure
 */
@ConfigurationProperties("trustplane.guard")
public record GuardProperties(boolean scanIngested, int scanBatch, Duration scanLinger, DataSize maxBodySize,
                              int maxSegmentChars, boolean embeddings) {
}
