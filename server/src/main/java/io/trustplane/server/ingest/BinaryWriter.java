package io.trustplane.server.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/** A growable byte buffer for the event log's compact binary records (see {@link SpanBatchCodec}). */
public final class BinaryWriter {
    private byte[] bytes;
    private int size;

    public BinaryWriter(int initialCapacity) {
        bytes = new byte[Math.max(64, initialCapacity)];
    }

    public void writeByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    public void writeLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    public void writeVarLong(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    public void writeUuid(UUID id) {
        writeLong(id.getMostSignificantBits());
        writeLong(id.getLeastSignificantBits());
    }

    /** A nullable string: varint (length + 1), 0 meaning null, then UTF-8 bytes. */
    public void writeString(String value) {
        if (value == null) {
            writeVarLong(0);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeVarLong(utf8.length + 1L);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    public void writeDouble(double value) {
        writeLong(Double.doubleToRawLongBits(value));
    }

    /** An instant as varints of its epoch second and nanosecond. */
    public void writeInstant(java.time.Instant instant) {
        writeVarLong(instant.getEpochSecond());
        writeVarLong(instant.getNano());
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
