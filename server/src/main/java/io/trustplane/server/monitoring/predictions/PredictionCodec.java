package io.trustplane.server.monitoring.predictions;

import io.trustplane.server.ingest.BinaryReader;
import io.trustplane.server.ingest.BinaryWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The event-log encoding of a {@link PredictionBatch}: {@code [byte type=3][byte version=1][uuid project][uuid model]
 * [uuid version][instant received][varlong count]} then per prediction: id, time, features (count, then name, a kind
 * byte and the value), a presence bitmask for the optional numbers, label, score, probabilities, value, protected
 * attributes, segments, latency, error. Compact and typed, so the projector never parses JSON again.
 */
public final class PredictionCodec {
    public static final int TYPE_PREDICTIONS = 3;
    private static final int VERSION = 1;
    private static final int NULL = 0, NUMBER = 1, STRING = 2, TRUE = 3, FALSE = 4;

    private PredictionCodec() {
    }

    public static byte[] encode(PredictionBatch batch) {
        BinaryWriter out = new BinaryWriter(128 + batch.predictions().size() * 256);
        out.writeByte(TYPE_PREDICTIONS);
        out.writeByte(VERSION);
        out.writeUuid(batch.projectId());
        out.writeUuid(batch.modelId());
        out.writeUuid(batch.versionId());
        out.writeInstant(batch.receivedAt());
        out.writeVarLong(batch.predictions().size());
        for (LoggedPrediction p : batch.predictions()) {
            out.writeString(p.id());
            out.writeInstant(p.time());
            writeFeatures(out, p.features());
            int present = (p.score() != null ? 1 : 0) | (p.value() != null ? 2 : 0) | (p.latencyMs() != null ? 4 : 0)
                    | (p.probabilities() != null ? 8 : 0);
            out.writeByte(present);
            out.writeString(p.label());
            if (p.score() != null) out.writeDouble(p.score());
            if (p.value() != null) out.writeDouble(p.value());
            if (p.latencyMs() != null) out.writeDouble(p.latencyMs());
            if (p.probabilities() != null) {
                out.writeVarLong(p.probabilities().size());
                p.probabilities().forEach((label, probability) -> {
                    out.writeString(label);
                    out.writeDouble(probability);
                });
            }
            writeStrings(out, p.protectedAttributes());
            writeStrings(out, p.segments());
            out.writeString(p.error());
        }
        return out.toByteArray();
    }

    public static PredictionBatch decode(byte[] record) {
        BinaryReader in = new BinaryReader(record);
        int type = in.readByte();
        int version = in.readByte();
        if (type != TYPE_PREDICTIONS || version != VERSION) {
            throw new IllegalArgumentException("not a prediction record (type " + type + ", version " + version + ")");
        }
        UUID projectId = in.readUuid();
        UUID modelId = in.readUuid();
        UUID versionId = in.readUuid();
        var receivedAt = in.readInstant();
        int count = Math.toIntExact(in.readVarLong());
        List<LoggedPrediction> predictions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = in.readString();
            var time = in.readInstant();
            Map<String, Object> features = readFeatures(in);
            int present = in.readByte();
            String label = in.readString();
            Double score = (present & 1) != 0 ? in.readDouble() : null;
            Double value = (present & 2) != 0 ? in.readDouble() : null;
            Double latency = (present & 4) != 0 ? in.readDouble() : null;
            Map<String, Double> probabilities = null;
            if ((present & 8) != 0) {
                int n = Math.toIntExact(in.readVarLong());
                probabilities = new LinkedHashMap<>();
                for (int k = 0; k < n; k++) probabilities.put(in.readString(), in.readDouble());
            }
            Map<String, String> protectedAttributes = readStrings(in);
            Map<String, String> segments = readStrings(in);
            predictions.add(new LoggedPrediction(id, time, features, label, score, probabilities, value, protectedAttributes, segments,
                    latency, in.readString()));
        }
        return new PredictionBatch(projectId, modelId, versionId, receivedAt, predictions);
    }

    private static void writeFeatures(BinaryWriter out, Map<String, Object> features) {
        out.writeVarLong(features.size());
        features.forEach((name, value) -> {
            out.writeString(name);
            switch (value) {
                case null -> out.writeByte(NULL);
                case Double d -> {
                    out.writeByte(NUMBER);
                    out.writeDouble(d);
                }
                case String s -> {
                    out.writeByte(STRING);
                    out.writeString(s);
                }
                case Boolean b -> out.writeByte(b ? TRUE : FALSE);
                default -> throw new IllegalArgumentException("feature " + name + " has an unsupported value type " + value.getClass());
            }
        });
    }

    private static Map<String, Object> readFeatures(BinaryReader in) {
        int n = Math.toIntExact(in.readVarLong());
        Map<String, Object> features = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String name = in.readString();
            int kind = in.readByte();
            features.put(name, switch (kind) {
                case NULL -> null;
                case NUMBER -> in.readDouble();
                case STRING -> in.readString();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> throw new IllegalStateException("unknown feature value kind " + kind + " in a prediction record");
            });
        }
        return Collections.unmodifiableMap(features);
    }

    private static void writeStrings(BinaryWriter out, Map<String, String> map) {
        out.writeVarLong(map.size());
        map.forEach((k, v) -> {
            out.writeString(k);
            out.writeString(v);
        });
    }

    private static Map<String, String> readStrings(BinaryReader in) {
        int n = Math.toIntExact(in.readVarLong());
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) map.put(in.readString(), in.readString());
        return Collections.unmodifiableMap(map);
    }
}
