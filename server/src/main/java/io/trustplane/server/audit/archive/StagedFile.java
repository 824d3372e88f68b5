package io.trustplane.server.audit.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A file written locally before it goes to a destination, with the digests destinations need: SHA-256 (recorded,
 * and S3's {@code x-amz-checksum-sha256}) and MD5 (S3's {@code Content-MD5}, which Object Lock puts require).
 *
 * @param sha256 lowercase hex
 * @param md5    base64, as {@code Content-MD5} carries it
 */
public record StagedFile(Path path, String sha256, String md5, long bytes) {

    /** What writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code content} to {@code path} (replacing it), computing the digests on the way, and syncs it to disk. */
    public static StagedFile write(Path path, Content content) throws IOException {
        MessageDigest sha256 = digest("SHA-256");
        MessageDigest md5 = digest("MD5");
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
             CountingOutputStream counted = new CountingOutputStream(
                     new DigestOutputStream(new DigestOutputStream(Channels.newOutputStream(channel), sha256), md5));
             OutputStream out = new BufferedOutputStream(counted, 1 << 16)) {
            content.writeTo(out);
            out.flush();
            channel.force(true);
            return new StagedFile(path, HexFormat.of().formatHex(sha256.digest()), Base64.getEncoder().encodeToString(md5.digest()),
                    counted.count);
        }
    }

    /** The SHA-256 of a stream's content, read to its end, as lowercase hex. */
    public static String sha256(InputStream in) throws IOException {
        MessageDigest sha256 = digest("SHA-256");
        try (DigestInputStream digesting = new DigestInputStream(in, sha256)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The SHA-256 as S3 carries it: base64 of the digest. */
    public String sha256Base64() {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256));
    }

    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
