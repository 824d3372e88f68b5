package io.trustplane.core.monitoring.profile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The shared framing of the profiles' byte formats: a 4-byte magic, a format version byte, then big-endian
 * {@link DataOutputStream} fields. Readers refuse a wrong magic, an unknown version and trailing bytes, so a
 * corrupt or foreign BLOB fails loudly instead of yielding a plausible profile.
 */
final class ProfileCodec {

    /** Maximum length of a stored string (feature name or category), in UTF-8 bytes. */
    static final int MAX_STRING_BYTES = 1 << 20;

    private ProfileCodec() {
    }

    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    interface Reader<T> {
        T read(DataInputStream in, int version) throws IOException;
    }

    static byte[] encode(int magic, int version, Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(magic);
            out.writeByte(version);
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    static <T> T decode(byte[] bytes, int magic, int maxVersion, String what, Reader<T> reader) {
        if (bytes == null) {
            throw new IllegalArgumentException(what + " bytes are null");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return decode(in, magic, maxVersion, what, reader, bytes.length);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated or corrupt " + what + " (" + bytes.length + " bytes)", e);
        }
    }

    private static <T> T decode(DataInputStream in, int magic, int maxVersion, String what, Reader<T> reader,
            int length) throws IOException {
        if (length < 5 || in.readInt() != magic) {
            throw new IllegalArgumentException("not a " + what + ": wrong magic");
        }
        int version = in.readUnsignedByte();
        if (version < 1 || version > maxVersion) {
            throw new IllegalArgumentException("unsupported " + what + " format version " + version
                    + " (this build reads 1.." + maxVersion + ")");
        }
        T value = reader.read(in, version);
        if (in.available() > 0) {
            throw new IllegalArgumentException("corrupt " + what + ": " + in.available() + " trailing bytes");
        }
        return value;
    }

    static void writeSettings(DataOutputStream out, ProfileSettings settings) throws IOException {
        out.writeDouble(settings.compression());
        out.writeInt(settings.exactLimit());
        out.writeInt(settings.maxCategories());
    }

    static ProfileSettings readSettings(DataInputStream in) throws IOException {
        double compression = in.readDouble();
        int exactLimit = in.readInt();
        int maxCategories = in.readInt();
        try {
            return new ProfileSettings(compression, exactLimit, maxCategories);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad settings: " + e.getMessage(), e);
        }
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES || length > in.available()) {
            throw new IOException("bad string length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    static void writeBlob(DataOutputStream out, byte[] blob) throws IOException {
        out.writeInt(blob.length);
        out.write(blob);
    }

    static byte[] readBlob(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("bad nested length " + length);
        }
        return in.readNBytes(length);
    }

    static int count(DataInputStream in, int max, String what) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("bad " + what + " count " + n);
        }
        return n;
    }
}
