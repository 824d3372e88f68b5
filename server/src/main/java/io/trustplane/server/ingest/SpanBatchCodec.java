package io.trustplane.server.ingest;

import io.trustplane.core.trace.Span;
import io.trustplane.core.trace.SpanKind;
import io.trustplane.core.trace.SpanStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The event-log encoding of a {@link SpanBatch}: a compact binary form, so the projector turns records
 * into table rows without parsing JSON a second time. Input, output and attributes stay JSON text,
 * exactly as validated at ingestion.
 *
 * <p>Layout: {@code [byte type=1][byte version=1][uuid project][varlong receivedSec][varlong receivedNano]
 * [varlong count]} then per span its fields in declaration order, optional numbers behind a presence
 * bitmask. The version byte lets a later release read records written by this one.
 */
public final class SpanBatchCodec {
    public static final int TYPE_SPANS = 1;
    private static final int VERSION = 1;

    private SpanBatchCodec() {
    }

    public static byte[] encode(SpanBatch batch) {
        BinaryWriter out = new BinaryWriter(256 + batch.spans().size() * 512);
        out.writeByte(TYPE_SPANS);
        out.writeByte(VERSION);
        out.writeUuid(batch.projectId());
        writeInstant(out, batch.receivedAt());
        out.writeVarLong(batch.spans().size());
        for (Span span : batch.spans()) {
            writeSpan(out, span);
        }
        return out.toByteArray();
    }

    public static SpanBatch decode(byte[] record) {
        BinaryReader in = new BinaryReader(record);
        int type = in.readByte();
        int version = in.readByte();
        if (type != TYPE_SPANS || version != VERSION) {
            throw new IllegalArgumentException("not a span batch record (type " + type + ", version " + version + ")");
        }
        var projectId = in.readUuid();
        Instant receivedAt = readInstant(in);
        int count = Math.toIntExact(in.readVarLong());
        List<Span> spans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            spans.add(readSpan(in));
        }
        return new SpanBatch(projectId, receivedAt, spans);
    }

    private static void writeSpan(BinaryWriter out, Span s) {
        out.writeString(s.traceId());
        out.writeString(s.spanId());
        out.writeString(s.parentSpanId());
        out.writeString(s.name());
        out.writeByte(s.kind().ordinal());
        writeInstant(out, s.startTime());
        int present = (s.endTime() != null ? 1 : 0) | (s.inputTokens() != null ? 2 : 0)
                | (s.outputTokens() != null ? 4 : 0) | (s.totalTokens() != null ? 8 : 0) | (s.cost() != null ? 16 : 0);
        out.writeByte(present);
        if (s.endTime() != null) writeInstant(out, s.endTime());
        out.writeByte(s.status().ordinal());
        out.writeString(s.statusMessage());
        out.writeString(s.model());
        out.writeString(s.provider());
        out.writeString(s.inputJson());
        out.writeString(s.outputJson());
        if (s.inputTokens() != null) out.writeVarLong(s.inputTokens());
        if (s.outputTokens() != null) out.writeVarLong(s.outputTokens());
        if (s.totalTokens() != null) out.writeVarLong(s.totalTokens());
        if (s.cost() != null) out.writeLong(Double.doubleToRawLongBits(s.cost()));
        out.writeString(s.userId());
        out.writeString(s.sessionId());
        out.writeVarLong(s.tags().size());
        s.tags().forEach(out::writeString);
        out.writeString(s.attributesJson());
    }

    private static Span readSpan(BinaryReader in) {
        String traceId = in.readString();
        String spanId = in.readString();
        String parent = in.readString();
        String name = in.readString();
        SpanKind kind = SpanKind.values()[in.readByte()];
        Instant start = readInstant(in);
        int present = in.readByte();
        Instant end = (present & 1) != 0 ? readInstant(in) : null;
        SpanStatus status = SpanStatus.values()[in.readByte()];
        String statusMessage = in.readString();
        String model = in.readString();
        String provider = in.readString();
        String input = in.readString();
        String output = in.readString();
        Long inputTokens = (present & 2) != 0 ? in.readVarLong() : null;
        Long outputTokens = (present & 4) != 0 ? in.readVarLong() : null;
        Long totalTokens = (present & 8) != 0 ? in.readVarLong() : null;
        Double cost = (present & 16) != 0 ? Double.longBitsToDouble(in.readLong()) : null;
        String userId = in.readString();
        String sessionId = in.readString();
        int tagCount = Math.toIntExact(in.readVarLong());
        List<String> tags = new ArrayList<>(tagCount);
        for (int i = 0; i < tagCount; i++) tags.add(in.readString());
        String attributes = in.readString();
        return new Span(traceId, spanId, parent, name, kind, start, end, status, statusMessage, model, provider,
                input, output, inputTokens, outputTokens, totalTokens, cost, userId, sessionId, tags, attributes);
    }

    static void writeInstant(BinaryWriter out, Instant instant) {
        out.writeInstant(instant);
    }

    static Instant readInstant(BinaryReader in) {
        return in.readInstant();
    }
}
