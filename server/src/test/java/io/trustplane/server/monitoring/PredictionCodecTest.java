package io.trustplane.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trustplane.server.ingest.SpanContentCodec;
import io.trustplane.server.monitoring.predictions.GroundTruthBatch;
import io.trustplane.server.monitoring.predictions.GroundTruthCodec;
import io.trustplane.server.monitoring.predictions.LoggedOutcome;
import io.trustplane.server.monitoring.predictions.LoggedPrediction;
import io.trustplane.server.monitoring.predictions.PredictionBatch;
import io.trustplane.server.monitoring.predictions.PredictionCodec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The event-log records of predictions (type 3) and ground truth (type 4) read back exactly what was written. */
class PredictionCodecTest {

    @Test
    void predictionBatchesRoundTripWithEveryKindOfValue() {
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("age", 41.5);
        features.put("region", "nörth");
        features.put("vip", true);
        features.put("churned", false);
        features.put("missing", null);
        PredictionBatch batch = new PredictionBatch(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-11-22T10:00:00.123456789Z"),
                List.of(new LoggedPrediction("p-1", Instant.parse("2026-11-22T09:00:00Z"), features, "approved", 0.87,
                                Map.of("approved", 0.87, "denied", 0.13), null, Map.of("gender", "f"), Map.of("channel", "web"), 12.5, null),
                        new LoggedPrediction("p-2", Instant.EPOCH, Map.of(), null, null, null, -3.25, Map.of(), Map.of(), null, "timeout")));
        byte[] record = PredictionCodec.encode(batch);
        assertThat(SpanContentCodec.typeOf(record)).isEqualTo(PredictionCodec.TYPE_PREDICTIONS);
        assertThat(PredictionCodec.decode(record)).isEqualTo(batch);
    }

    @Test
    void groundTruthBatchesRoundTrip() {
        GroundTruthBatch batch = new GroundTruthBatch(UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-11-22T10:00:00Z"),
                List.of(new LoggedOutcome("p-1", "denied", null, Instant.parse("2026-11-30T00:00:00Z")),
                        new LoggedOutcome("p-2", null, 17.0, Instant.EPOCH)));
        byte[] record = GroundTruthCodec.encode(batch);
        assertThat(SpanContentCodec.typeOf(record)).isEqualTo(GroundTruthCodec.TYPE_GROUND_TRUTH);
        assertThat(GroundTruthCodec.decode(record)).isEqualTo(batch);
        assertThatThrownBy(() -> PredictionCodec.decode(record)).isInstanceOf(IllegalArgumentException.class);
    }
}
