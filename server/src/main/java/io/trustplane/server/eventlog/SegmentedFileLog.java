package io.trustplane.server.eventlog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded event log: append-only segment files with group commit.
 *
 * <p><b>Format.</b> Each segment file is named after the offset of its first byte
 * ({@code 00000000000000000000.log}); a record is {@code [int length][int crc32c(payload)][payload]}, so
 * an offset is simply a byte position in the concatenation of all segments.
 *
 * <p><b>Group commit.</b> Requests enqueue their payload and wait. One writer thread takes everything
 * queued (up to {@code maxGroupBytes}), writes it with one gathering write and makes it durable with one
 * {@code fsync}; while that fsync runs, the next group queues up. Throughput therefore grows with
 * concurrency while each request still waits for its own data to be on disk.
 *
 * <p><b>Recovery.</b> A crash can leave a partly written record at the end of the last segment (it was
 * never acknowledged). Opening the log scans the last segment and truncates at the first record whose
 * length or checksum is wrong.
 *
 * <p><b>Failure.</b> If a write or fsync fails the on-disk state is unknown (after a failed fsync Linux
 * may drop the dirty pages), so the log fails every pending append and refuses new ones until restart,
 * where recovery re-establishes a consistent tail.
 */
public final class SegmentedFileLog implements EventLog, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SegmentedFileLog.class);
    static final int HEADER_BYTES = 8;
    static final int MAX_RECORD_BYTES = 256 * 1024 * 1024;
    private static final String SUFFIX = ".log";

    private final Path dir;
    private final long segmentSize;
    private final long maxGroupBytes;
    private final CommitListener listener;
    private final CopyOnWriteArrayList<Segment> segments = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final ReentrantLock endLock = new ReentrantLock();
    private final Condition endAdvanced = endLock.newCondition();
    private final Thread writer;
    private volatile long durableEnd;
    private volatile boolean accepting = true;
    private volatile boolean failed;

    /** Told about every group commit, for metrics. */
    public interface CommitListener {
        void committed(int records, long bytes, long fsyncNanos);

        CommitListener NONE = (records, bytes, fsyncNanos) -> { };
    }

    private record Pending(byte[] payload, CompletableFuture<Long> result) {
    }

    private static final class Segment {
        final long base;
        final Path path;
        final FileChannel channel;
        volatile long size;

        Segment(long base, Path path, FileChannel channel, long size) {
            this.base = base;
            this.path = path;
            this.channel = channel;
            this.size = size;
        }

        long end() {
            return base + size;
        }
    }

    public SegmentedFileLog(Path dir, long segmentSize, long maxGroupBytes, CommitListener listener) {
        this.dir = dir;
        this.segmentSize = segmentSize;
        this.maxGroupBytes = maxGroupBytes;
        this.listener = listener;
        try {
            Files.createDirectories(dir);
            openSegments();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the event log in " + dir.toAbsolutePath(), e);
        }
        this.durableEnd = active().end();
        this.writer = Thread.ofPlatform().name("eventlog-writer").daemon(false).start(this::writeLoop);
    }

    // ---- opening and recovery ----

    private void openSegments() throws IOException {
        List<Path> files;
        try (var stream = Files.list(dir)) {
            files = stream.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
        for (Path file : files) {
            long base = Long.parseLong(file.getFileName().toString().replace(SUFFIX, ""));
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            segments.add(new Segment(base, file, channel, channel.size()));
        }
        if (segments.isEmpty()) {
            segments.add(createSegment(0));
        } else {
            recoverTail(segments.getLast());
        }
    }

    private void recoverTail(Segment segment) throws IOException {
        long position = 0;
        long fileSize = segment.channel.size();
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.BIG_ENDIAN);
        while (position + HEADER_BYTES <= fileSize) {
            header.clear();
            readFully(segment.channel, header, position);
            header.flip();
            int length = header.getInt();
            int crc = header.getInt();
            if (length < 0 || length > MAX_RECORD_BYTES || position + HEADER_BYTES + length > fileSize) {
                break;
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            readFully(segment.channel, payload, position + HEADER_BYTES);
            if (crc32c(payload.array()) != crc) {
                break;
            }
            position += HEADER_BYTES + length;
        }
        if (position < fileSize) {
            log.warn("event log: truncating {} torn byte(s) at the end of {} (an unacknowledged write cut short by a crash)",
                    fileSize - position, segment.path.getFileName());
            segment.channel.truncate(position);
            segment.channel.force(true);
        }
        segment.size = position;
    }

    private Segment createSegment(long base) throws IOException {
        Path path = dir.resolve(String.format("%020d%s", base, SUFFIX));
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        syncDirectory(); // the new file's directory entry must survive a crash too
        return new Segment(base, path, channel, 0);
    }

    private void syncDirectory() throws IOException {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory for fsync; the file's own fsync is the best we can do there.
            log.debug("directory fsync not supported: {}", e.getMessage());
        }
    }

    // ---- appending ----

    @Override
    public CompletableFuture<Long> append(byte[] payload) {
        if (payload.length > MAX_RECORD_BYTES) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("record exceeds " + MAX_RECORD_BYTES + " bytes"));
        }
        if (failed) {
            return CompletableFuture.failedFuture(new EventLogUnavailableException("the event log failed and accepts no writes until restart"));
        }
        if (!accepting) {
            return CompletableFuture.failedFuture(new EventLogUnavailableException("the event log is shutting down"));
        }
        CompletableFuture<Long> result = new CompletableFuture<>();
        queue.add(new Pending(payload, result));
        return result;
    }

    private void writeLoop() {
        List<Pending> group = new ArrayList<>();
        while (true) {
            Pending first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                first = queue.poll();
                if (first == null) return;
            }
            if (first == null) {
                if (!accepting && queue.isEmpty()) return;
                continue;
            }
            group.clear();
            group.add(first);
            long bytes = HEADER_BYTES + first.payload.length;
            Pending next;
            while (bytes < maxGroupBytes && (next = queue.poll()) != null) {
                group.add(next);
                bytes += HEADER_BYTES + next.payload.length;
            }
            if (failed) {
                group.forEach(p -> p.result.completeExceptionally(new EventLogUnavailableException("the event log failed")));
                continue;
            }
            commit(group, bytes);
        }
    }

    private void commit(List<Pending> group, long bytes) {
        try {
            Segment segment = active();
            if (segment.size > 0 && segment.size + bytes > segmentSize) {
                segment.channel.force(true);
                segment = createSegment(segment.end());
                segments.add(segment);
            }
            ByteBuffer[] buffers = new ByteBuffer[group.size() * 2];
            long[] offsets = new long[group.size()];
            long offset = segment.end();
            for (int i = 0; i < group.size(); i++) {
                byte[] payload = group.get(i).payload;
                ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.BIG_ENDIAN);
                header.putInt(payload.length).putInt(crc32c(payload)).flip();
                buffers[2 * i] = header;
                buffers[2 * i + 1] = ByteBuffer.wrap(payload);
                offsets[i] = offset;
                offset += HEADER_BYTES + payload.length;
            }
            segment.channel.position(segment.size);
            long remaining = bytes;
            while (remaining > 0) {
                remaining -= segment.channel.write(buffers);
            }
            long fsyncStart = System.nanoTime();
            segment.channel.force(false);
            long fsyncNanos = System.nanoTime() - fsyncStart;
            segment.size += bytes;
            publishDurableEnd(segment.end());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).result.complete(offsets[i]);
            }
            listener.committed(group.size(), bytes, fsyncNanos);
        } catch (IOException | RuntimeException e) {
            failed = true;
            log.error("event log write failed; refusing further appends until restart", e);
            EventLogUnavailableException failure = new EventLogUnavailableException("the event log could not write: " + e.getMessage());
            group.forEach(p -> p.result.completeExceptionally(failure));
        }
    }

    private void publishDurableEnd(long end) {
        endLock.lock();
        try {
            durableEnd = end;
            endAdvanced.signalAll();
        } finally {
            endLock.unlock();
        }
    }

    // ---- reading ----

    @Override
    public List<LogRecord> read(long fromOffset, int maxRecords, long maxBytes) {
        List<LogRecord> records = new ArrayList<>();
        long end = durableEnd;
        long position = fromOffset;
        long budget = maxBytes;
        while (position < end && records.size() < maxRecords && budget > 0) {
            Segment segment = segmentContaining(position);
            if (segment == null) {
                throw new IllegalArgumentException("offset " + position + " is not held by the event log (start "
                        + startOffset() + ", end " + end + ")");
            }
            long segmentEnd = Math.min(segment.end(), end);
            if (position >= segmentEnd) {
                break;
            }
            long chunk = Math.min(Math.max(budget, HEADER_BYTES), segmentEnd - position);
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(chunk, Integer.MAX_VALUE - 16)).order(ByteOrder.BIG_ENDIAN);
            readAt(segment, buffer, position - segment.base);
            buffer.flip();
            int parsedInChunk = 0;
            while (buffer.remaining() >= HEADER_BYTES && records.size() < maxRecords) {
                int length = buffer.getInt(buffer.position());
                int crc = buffer.getInt(buffer.position() + 4);
                if (buffer.remaining() < HEADER_BYTES + length) {
                    break;
                }
                buffer.position(buffer.position() + HEADER_BYTES);
                byte[] payload = new byte[length];
                buffer.get(payload);
                if (crc32c(payload) != crc) {
                    throw new IllegalStateException("event log record at offset " + position + " fails its checksum");
                }
                records.add(new LogRecord(position, position + HEADER_BYTES + length, payload));
                position += HEADER_BYTES + length;
                budget -= HEADER_BYTES + length;
                parsedInChunk++;
            }
            if (parsedInChunk == 0) {
                if (!records.isEmpty()) break; // the next record is bigger than what is left of the budget
                budget = recordSize(segment, position); // a single record larger than the budget: read it whole
            }
        }
        return records;
    }

    private long recordSize(Segment segment, long position) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        readAt(segment, header, position - segment.base);
        return HEADER_BYTES + (long) header.getInt(0);
    }

    private void readAt(Segment segment, ByteBuffer buffer, long position) {
        try {
            readFully(segment.channel, buffer, position);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event log segment " + segment.path, e);
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position);
            if (n < 0) throw new IOException("unexpected end of event log segment");
            position += n;
        }
    }

    private Segment segmentContaining(long offset) {
        for (int i = segments.size() - 1; i >= 0; i--) {
            Segment segment = segments.get(i);
            if (segment.base <= offset) {
                // an offset exactly at a closed segment's end belongs to the next segment
                if (offset >= segment.end() && i < segments.size() - 1) return segments.get(i + 1);
                return segment;
            }
        }
        return null;
    }

    // ---- state ----

    @Override
    public long startOffset() {
        return segments.getFirst().base;
    }

    @Override
    public long durableEnd() {
        return durableEnd;
    }

    @Override
    public boolean awaitDurableEndAfter(long offset, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        endLock.lock();
        try {
            while (durableEnd <= offset) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return false;
                endAdvanced.awaitNanos(left);
            }
            return true;
        } finally {
            endLock.unlock();
        }
    }

    @Override
    public void deleteBefore(long offset) {
        deleteBefore(offset, Instant.MAX);
    }

    /** Deletes whole segments ending at or before {@code offset} and last written before {@code olderThan}. */
    public void deleteBefore(long offset, Instant olderThan) {
        while (segments.size() > 1) {
            Segment oldest = segments.getFirst();
            try {
                if (oldest.end() > offset || !Files.getLastModifiedTime(oldest.path).toInstant().isBefore(olderThan)) {
                    return;
                }
                segments.removeFirst();
                oldest.channel.close();
                Files.deleteIfExists(oldest.path);
                log.info("event log: deleted consumed segment {}", oldest.path.getFileName());
            } catch (IOException e) {
                log.warn("event log: could not delete segment {}: {}", oldest.path.getFileName(), e.getMessage());
                return;
            }
        }
    }

    @Override
    public boolean healthy() {
        return !failed && writer.isAlive();
    }

    public int segmentCount() {
        return segments.size();
    }

    private Segment active() {
        return segments.getLast();
    }

    /** Stops accepting appends, commits everything already queued, and closes the files. */
    @Override
    public void close() {
        accepting = false;
        try {
            writer.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.result.completeExceptionally(new EventLogUnavailableException("the event log is shut down"));
        }
        for (Segment segment : segments) {
            try {
                segment.channel.close();
            } catch (IOException e) {
                log.warn("event log: closing {} failed: {}", segment.path.getFileName(), e.getMessage());
            }
        }
    }

    static int crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length);
        return (int) crc.getValue();
    }
}
