package io.trustplane.server.monitoring.predictions;

import io.trustplane.server.ingest.BinaryReader;
import io.trustplane.server.ingest.BinaryWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The event-log encoding of a {@link GroundTruthBatch}: {@code [byte type=4][byte version=1][uuid project][uuid model]
 * [instant received][varlong count]} then per item: prediction id, a presence byte (1: value), label, value, time.
 */
public final class GroundTruthCodec {
    public static final int TYPE_GROUND_TRUTH = 4;
    private static final int VERSION = 1;

    private GroundTruthCodec() {
    }

    public static byte[] encode(GroundTruthBatch batch) {
        BinaryWriter out = new BinaryWriter(64 + batch.outcomes().size() * 64);
        out.writeByte(TYPE_GROUND_TRUTH);
        out.writeByte(VERSION);
        out.writeUuid(batch.projectId());
        out.writeUuid(batch.modelId());
        out.writeInstant(batch.receivedAt());
        out.writeVarLong(batch.outcomes().size());
        for (LoggedOutcome o : batch.outcomes()) {
            out.writeString(o.predictionId());
            out.writeByte(o.value() != null ? 1 : 0);
            out.writeString(o.label());
            if (o.value() != null) out.writeDouble(o.value());
            out.writeInstant(o.time());
        }
        return out.toByteArray();
    }

    public static GroundTruthBatch decode(byte[] record) {
        BinaryReader in = new BinaryReader(record);
        int type = in.readByte();
        int version = in.readByte();
        if (type != TYPE_GROUND_TRUTH || version != VERSION) {
            throw new IllegalArgumentException("not a ground-truth record (type " + type + ", version " + version + ")");
        }
        UUID projectId = in.readUuid();
        UUID modelId = in.readUuid();
        Instant receivedAt = in.readInstant();
        int count = Math.toIntExact(in.readVarLong());
        List<LoggedOutcome> outcomes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String predictionId = in.readString();
            int present = in.readByte();
            String label = in.readString();
            Double value = (present & 1) != 0 ? in.readDouble() : null;
            outcomes.add(new LoggedOutcome(predictionId, label, value, in.readInstant()));
        }
        return new GroundTruthBatch(projectId, modelId, receivedAt, outcomes);
    }
}
