package io.trustplane.server.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The event-log encoding of a {@link SpanContentBatch}: {@code [byte type=2][byte version=1][uuid project]
 * [instant received][varlong count]} then per item trace id, span id, side, time and JSON text.
 */
public final class SpanContentCodec {
    public static final int TYPE_SPAN_CONTENT = 2;
    private static final int VERSION = 1;

    private SpanContentCodec() {
    }

    /**
     * The record type of an event-log payload: {@link SpanBatchCodec#TYPE_SPANS}, {@link #TYPE_SPAN_CONTENT}, or a type other
     * consumers own (3 predictions, 4 ground truth: {@code monitoring.predictions}). Each consumer skips the types it does not handle.
     */
    public static int typeOf(byte[] record) {
        if (record.length == 0) throw new IllegalArgumentException("an empty event-log record");
        return record[0];
    }

    public static byte[] encode(SpanContentBatch batch) {
        BinaryWriter out = new BinaryWriter(128 + batch.contents().size() * 256);
        out.writeByte(TYPE_SPAN_CONTENT);
        out.writeByte(VERSION);
        out.writeUuid(batch.projectId());
        SpanBatchCodec.writeInstant(out, batch.receivedAt());
        out.writeVarLong(batch.contents().size());
        for (SpanContent c : batch.contents()) {
            out.writeString(c.traceId());
            out.writeString(c.spanId());
            out.writeByte(c.side().ordinal());
            SpanBatchCodec.writeInstant(out, c.time());
            out.writeString(c.json());
        }
        return out.toByteArray();
    }

    public static SpanContentBatch decode(byte[] record) {
        BinaryReader in = new BinaryReader(record);
        int type = in.readByte();
        int version = in.readByte();
        if (type != TYPE_SPAN_CONTENT || version != VERSION) {
            throw new IllegalArgumentException("not a span content record (type " + type + ", version " + version + ")");
        }
        UUID projectId = in.readUuid();
        Instant receivedAt = SpanBatchCodec.readInstant(in);
        int count = Math.toIntExact(in.readVarLong());
        List<SpanContent> contents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String traceId = in.readString();
            String spanId = in.readString();
            SpanContent.Side side = SpanContent.Side.values()[in.readByte()];
            Instant time = SpanBatchCodec.readInstant(in);
            contents.add(new SpanContent(traceId, spanId, side, time, in.readString()));
        }
        return new SpanContentBatch(projectId, receivedAt, contents);
    }
}
