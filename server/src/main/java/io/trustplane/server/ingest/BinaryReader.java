package io.trustplane.server.ingest;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Reads what {@link BinaryWriter} wrote (the event log's records: spans, span contents, predictions, ground truth). */
public final class BinaryReader {
    private final byte[] bytes;
    private int position;

    public BinaryReader(byte[] bytes) {
        this.bytes = bytes;
    }

    public int readByte() {
        return bytes[position++] & 0xFF;
    }

    public long readLong() {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[position++] & 0xFF);
        }
        return value;
    }

    public long readVarLong() {
        long value = 0;
        int shift = 0;
        while (true) {
            byte b = bytes[position++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) return value;
            shift += 7;
            if (shift > 63) throw new IllegalStateException("malformed varint in event record");
        }
    }

    public UUID readUuid() {
        return new UUID(readLong(), readLong());
    }

    public String readString() {
        long lengthPlusOne = readVarLong();
        if (lengthPlusOne == 0) return null;
        int length = Math.toIntExact(lengthPlusOne - 1);
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    public double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    public java.time.Instant readInstant() {
        return java.time.Instant.ofEpochSecond(readVarLong(), readVarLong());
    }

    public boolean hasMore() {
        return position < bytes.length;
    }
}
