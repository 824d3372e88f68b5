package io.trustplane.server.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentedFileLogTest {
    @TempDir
    Path dir;

    private SegmentedFileLog open(long segmentSize) {
        return new SegmentedFileLog(dir, segmentSize, 1024 * 1024, SegmentedFileLog.CommitListener.NONE);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<LogRecord> records) {
        return records.stream().map(r -> new String(r.payload(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void appendedRecordsAreReadBackInOrderWithContiguousOffsets() throws Exception {
        try (SegmentedFileLog log = open(1 << 20)) {
            long first = log.append(bytes("one")).get();
            long second = log.append(bytes("two")).get();
            assertThat(first).isZero();
            assertThat(second).isEqualTo(SegmentedFileLog.HEADER_BYTES + 3);
            List<LogRecord> records = log.read(0, 10, 1 << 20);
            assertThat(texts(records)).containsExactly("one", "two");
            assertThat(records.get(0).nextOffset()).isEqualTo(records.get(1).offset());
            assertThat(log.durableEnd()).isEqualTo(records.get(1).nextOffset());
            assertThat(log.read(records.get(1).nextOffset(), 10, 1 << 20)).isEmpty();
        }
    }

    @Test
    void readsAcrossSegmentsAndSurvivesReopening() throws Exception {
        try (SegmentedFileLog log = open(64)) {
            for (int i = 0; i < 20; i++) log.append(bytes("record-" + i)).get();
            assertThat(log.segmentCount()).isGreaterThan(3);
        }
        try (SegmentedFileLog log = open(64)) {
            List<String> all = new ArrayList<>();
            long offset = 0;
            List<LogRecord> page;
            while (!(page = log.read(offset, 3, 1 << 20)).isEmpty()) {
                all.addAll(texts(page));
                offset = page.getLast().nextOffset();
            }
            assertThat(all).hasSize(20).startsWith("record-0").endsWith("record-19");
            long next = log.append(bytes("after-reopen")).get();
            assertThat(next).isEqualTo(offset);
        }
    }

    @Test
    void aTornTailIsTruncatedOnOpen() throws Exception {
        long end;
        try (SegmentedFileLog log = open(1 << 20)) {
            log.append(bytes("kept")).get();
            end = log.durableEnd();
        }
        Path segment;
        try (Stream<Path> files = Files.list(dir)) {
            segment = files.filter(p -> p.toString().endsWith(".log")).findFirst().orElseThrow();
        }
        // A record header promising 100 bytes, followed by only 5: what a crash mid-write leaves.
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.allocate(13).putInt(100).putInt(42).put(bytes("short")).flip());
        }
        try (SegmentedFileLog log = open(1 << 20)) {
            assertThat(log.durableEnd()).isEqualTo(end);
            assertThat(texts(log.read(0, 10, 1 << 20))).containsExactly("kept");
            assertThat(log.append(bytes("next")).get()).isEqualTo(end);
        }
    }

    @Test
    void aRecordWithABadChecksumAtTheTailIsTruncated() throws Exception {
        try (SegmentedFileLog log = open(1 << 20)) {
            log.append(bytes("good")).get();
            log.append(bytes("torn")).get();
        }
        Path segment;
        try (Stream<Path> files = Files.list(dir)) {
            segment = files.filter(p -> p.toString().endsWith(".log")).findFirst().orElseThrow();
        }
        byte[] content = Files.readAllBytes(segment);
        content[content.length - 1] ^= 0x55; // flip bits in the last payload byte
        Files.write(segment, content);
        try (SegmentedFileLog log = open(1 << 20)) {
            assertThat(texts(log.read(0, 10, 1 << 20))).containsExactly("good");
        }
    }

    @Test
    void concurrentAppendsAreAllDurableWithDistinctOffsets() throws Exception {
        List<CompletableFuture<Long>> futures = new ArrayList<>();
        try (SegmentedFileLog log = open(4096); ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 400; i++) {
                int n = i;
                futures.add(CompletableFuture.supplyAsync(() -> log.append(bytes("r" + n)).join(), pool));
            }
            List<Long> offsets = futures.stream().map(CompletableFuture::join).toList();
            assertThat(offsets).doesNotHaveDuplicates().hasSize(400);
            List<LogRecord> all = new ArrayList<>();
            long offset = 0;
            List<LogRecord> page;
            while (!(page = log.read(offset, 1000, 1 << 20)).isEmpty()) {
                all.addAll(page);
                offset = page.getLast().nextOffset();
            }
            assertThat(all).extracting(LogRecord::offset).containsExactlyInAnyOrderElementsOf(offsets);
        }
    }

    @Test
    void anAppendCompletesOnlyOnceItsBytesAreInTheSegmentFile() throws Exception {
        try (SegmentedFileLog log = open(1 << 30)) {
            Path segment;
            try (Stream<Path> files = Files.list(dir)) {
                segment = files.filter(p -> p.toString().endsWith(".log")).findFirst().orElseThrow();
            }
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                List<CompletableFuture<Void>> checks = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    byte[] payload = bytes("durable-" + i);
                    checks.add(CompletableFuture.runAsync(() -> {
                        long offset = log.append(payload).join();
                        // Read through an independent channel: what the OS holds for the file, not our buffers.
                        try (FileChannel independent = FileChannel.open(segment, StandardOpenOption.READ)) {
                            assertThat(independent.size()).isGreaterThanOrEqualTo(offset + SegmentedFileLog.HEADER_BYTES + payload.length);
                            ByteBuffer stored = ByteBuffer.allocate(payload.length);
                            independent.read(stored, offset + SegmentedFileLog.HEADER_BYTES);
                            assertThat(stored.array()).isEqualTo(payload);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, pool));
                }
                checks.forEach(CompletableFuture::join);
            }
        }
    }

    @Test
    void aRecordLargerThanTheReadBudgetIsStillReturned() throws Exception {
        try (SegmentedFileLog log = open(1 << 20)) {
            byte[] big = new byte[10_000];
            log.append(big).get();
            log.append(bytes("small")).get();
            List<LogRecord> first = log.read(0, 10, 100);
            assertThat(first).hasSize(1);
            assertThat(first.getFirst().payload()).hasSize(10_000);
            assertThat(texts(log.read(first.getFirst().nextOffset(), 10, 100))).containsExactly("small");
        }
    }

    @Test
    void consumedSegmentsAreDeletedButTheActiveOneIsKept() throws Exception {
        try (SegmentedFileLog log = open(64)) {
            for (int i = 0; i < 20; i++) log.append(bytes("record-" + i)).get();
            int before = log.segmentCount();
            long middle = log.read(0, 10, 1 << 20).getLast().nextOffset();
            log.deleteBefore(middle);
            assertThat(log.segmentCount()).isLessThan(before).isPositive();
            assertThat(log.startOffset()).isLessThanOrEqualTo(middle).isPositive();
            assertThat(texts(log.read(middle, 100, 1 << 20))).endsWith("record-19");
            log.deleteBefore(log.durableEnd());
            assertThat(log.segmentCount()).isEqualTo(1);
        }
    }

    @Test
    void appendsAfterCloseAreRefused() throws IOException {
        SegmentedFileLog log = open(1 << 20);
        log.close();
        assertThat(log.append(bytes("late"))).isCompletedExceptionally();
    }
}
