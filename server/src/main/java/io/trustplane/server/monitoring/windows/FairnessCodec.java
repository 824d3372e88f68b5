package io.trustplane.server.monitoring.windows;

import io.trustplane.core.monitoring.fairness.FairnessAccumulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stores the fairness accumulators of a window, one per protected attribute, as
 * {@code [version][count]([name][length][FairnessAccumulator bytes])*}. Keyed by attribute rather than one
 * {@code FairnessByAttribute} because a model may declare more protected attributes later, and windows recorded before
 * and after must still merge.
 */
final class FairnessCodec {
    private static final int VERSION = 1;

    private FairnessCodec() {
    }

    static byte[] toBytes(Map<String, FairnessAccumulator> byAttribute) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(byAttribute.size());
            for (Map.Entry<String, FairnessAccumulator> e : new TreeMap<>(byAttribute).entrySet()) {
                byte[] accumulator = e.getValue().toBytes();
                out.writeUTF(e.getKey());
                out.writeInt(accumulator.length);
                out.write(accumulator);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, FairnessAccumulator> fromBytes(byte[] bytes) {
        Map<String, FairnessAccumulator> byAttribute = new TreeMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) throw new IllegalArgumentException("unknown fairness window format " + version);
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String attribute = in.readUTF();
                byte[] accumulator = new byte[in.readInt()];
                in.readFully(accumulator);
                byAttribute.put(attribute, FairnessAccumulator.fromBytes(accumulator));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated fairness window", e);
        }
        return byAttribute;
    }
}
