package io.trustplane.core.monitoring.performance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The versioned binary envelope of the accumulators' stored state: a 4-byte magic that names the kind of
 * accumulator, a 1-byte format version, then the body written with {@link DataOutput} (big-endian).
 *
 * <p>Why hand-written rather than a serialization library: core has no JSON dependency in its main code, the
 * state is a few counters and sums, and a fixed layout is stable across releases: a new layout gets a new
 * version number and readers keep reading the old ones. Malformed bytes (wrong magic, unknown version,
 * truncated, trailing garbage, invalid contents) fail with an {@link IllegalArgumentException} that says which.
 */
public final class StateCodec {

    /** Writes a body. */
    @FunctionalInterface
    public interface Body {
        void write(DataOutput out) throws IOException;
    }

    /** Reads a body. */
    @FunctionalInterface
    public interface Parser<T> {
        T read(DataInput in) throws IOException;
    }

    private StateCodec() {
    }

    public static byte[] encode(int magic, int version, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(magic);
            out.writeByte(version);
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    public static <T> T decode(byte[] bytes, int magic, int version, String what, Parser<T> parser) {
        if (bytes == null) {
            throw new IllegalArgumentException("no bytes for " + what);
        }
        ByteArrayInputStream stream = new ByteArrayInputStream(bytes);
        DataInputStream in = new DataInputStream(stream);
        try {
            if (in.readInt() != magic) {
                throw new IllegalArgumentException("not a serialized " + what + " (wrong magic)");
            }
            int found = in.readUnsignedByte();
            if (found != version) {
                throw new IllegalArgumentException("unsupported " + what + " format version " + found
                        + " (this build reads version " + version + ")");
            }
            T result = parser.read(in);
            if (stream.available() > 0) {
                throw new IllegalArgumentException("serialized " + what + " has " + stream.available()
                        + " trailing bytes");
            }
            return result;
        } catch (EOFException e) {
            throw new IllegalArgumentException("serialized " + what + " is truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An unsigned LEB128 varint: counts are mostly small, so this keeps histograms compact. */
    public static void writeCount(DataOutput out, long count) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("negative count " + count);
        }
        while ((count & ~0x7FL) != 0) {
            out.writeByte((int) ((count & 0x7F) | 0x80));
            count >>>= 7;
        }
        out.writeByte((int) count);
    }

    public static long readCount(DataInput in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 63; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("malformed count (varint longer than 9 bytes)");
    }

    /** A count that must fit an int and lie in {@code [0, max]}, e.g. a number of entries to read. */
    public static int readSize(DataInput in, int max, String what) throws IOException {
        long n = readCount(in);
        if (n > max) {
            throw new IllegalArgumentException("malformed state: " + n + " " + what + " (at most " + max + ")");
        }
        return (int) n;
    }
}
