package io.trustplane.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * Keeps {@code connections} keep-alive HTTP/1.1 connections busy from a few event-loop threads (two by
 * default), each with its own selector, sending pre-encoded requests ({@link BodyTemplate#request}) and
 * reading just enough of each response to know its status and where it ends.
 *
 * <p>Why this and not a ready-made client: on a 2-core machine the generator shares the CPU with the
 * server, and every microsecond it spends is taken from the server under test. Measured against
 * {@code POST /api/v1/noop} on this machine (32 connections, closed loop, 1 span per request; generator
 * CPU time from /proc, kernel time of loopback TCP included; see docs/BENCHMARKS.md), the generator spent
 * per request: this loop 25–37 µs and reached the highest no-op rate (12,000–14,000 requests/s with two
 * threads); one blocking socket per platform thread 39–50 µs; Apache HttpClient 5 async (pooled,
 * keep-alive, one I/O thread) 66–114 µs and 6,000–9,000 requests/s; the JDK HttpClient (HTTP/1.1)
 * 200–335 µs and 3,500–5,300 requests/s; wrk 17–23 µs. Futures, header maps and executor hand-offs cost
 * more than the exchange itself. Thread-per-connection also distorts latency: a thread that the
 * scheduler parks between requests does not count that time, so it reported p50 0.2 ms next to a
 * max of seconds. Two loop threads rather than one because the kernel shares CPU time per thread: a
 * single loop competing with the server's threads got too little of it and left the server idle.
 *
 * <p>Closed loop (rate 0): each connection sends its next request as soon as the previous answer arrived,
 * and latency is measured from the moment of sending. Open loop (rate &gt; 0): requests are due at fixed
 * intervals whatever the server does; a due request waits for an idle connection, and its latency is
 * measured from when it was due, so a stalled server shows up in the percentiles instead of being hidden
 * by a generator that politely waited (coordinated omission). Requests still due when the run ends are
 * reported as {@code unsent}; a backlog left from the warm-up is dropped so that the measured part
 * starts on schedule. Pacing has the selector's 1 ms resolution.
 */
final class NioLoadLoop {
    private static final long RETRY_NANOS = 100_000_000L; // after a failed connect
    private static final long MAX_LATENCY_MICROS = 60_000_000L;

    private final InetSocketAddress address;
    private final byte[] head;
    private final IntFunction<BodyTemplate> bodiesOfConnection;
    private final int connections;
    private final int threads;

    NioLoadLoop(java.net.URI base, Endpoint endpoint, String key, String runId, int batch, int connections, int threads) {
        this(base, endpoint, key, c -> endpoint.bodies(runId, c, batch, PredictionBodies.DEFAULT_FEATURES), connections, threads);
    }

    /** @param bodiesOfConnection the bodies connection {@code c} (0 to {@code connections - 1}) sends */
    NioLoadLoop(java.net.URI base, Endpoint endpoint, String key, IntFunction<BodyTemplate> bodiesOfConnection, int connections,
                int threads) {
        int port = base.getPort() < 0 ? 80 : base.getPort();
        this.address = new InetSocketAddress(base.getHost(), port);
        this.head = ("POST " + endpoint.path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + port
                + "\r\nAuthorization: Bearer " + key + "\r\nContent-Type: " + endpoint.contentType + "\r\nContent-Length: ")
                .getBytes(StandardCharsets.US_ASCII);
        this.bodiesOfConnection = bodiesOfConnection;
        this.connections = connections;
        this.threads = Math.min(threads, connections);
    }

    /** The outcome of the measured part of a run. */
    record Outcome(long ok, Map<String, Long> failures, Histogram latencyMicros) {
    }

    /**
     * Runs for {@code warmupNanos + durationNanos}; only requests started after the warm-up and answered
     * before the end are counted. {@code rate} is requests per second in total (open loop), or 0 for a
     * closed loop.
     */
    Outcome run(long warmupNanos, long durationNanos, double rate) throws IOException {
        long start = System.nanoTime();
        List<Run> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            // connections t, t + threads, ...; the rate is shared out, and each loop starts a little later
            int first = t;
            long offset = rate > 0 ? Math.round(1e9 / rate * t) : 0;
            runs.add(new Run(start + offset, start + warmupNanos, start + warmupNanos + durationNanos,
                    rate / threads, first));
        }
        List<Thread> started = new ArrayList<>();
        for (Run run : runs) {
            started.add(Thread.ofPlatform().name("load-" + started.size()).start(run::execute));
        }
        for (Thread thread : started) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        Histogram latency = new Histogram(MAX_LATENCY_MICROS, 3);
        Map<String, Long> failures = new HashMap<>();
        long ok = 0;
        for (Run run : runs) {
            if (run.error != null) throw run.error;
            ok += run.ok;
            latency.add(run.histogram);
            run.failures.forEach((k, v) -> failures.merge(k, v, Long::sum));
        }
        return new Outcome(ok, failures, latency);
    }

    /** One event loop: its share of the connections, driven by one thread. */
    private final class Run {
        final long measureFrom;
        final long stopAt;
        final long intervalNanos;
        final int firstConnection;
        final Histogram histogram = new Histogram(MAX_LATENCY_MICROS, 3);
        final Map<String, Long> failures = new HashMap<>();
        final ArrayDeque<Connection> idle = new ArrayDeque<>();
        final List<Connection> all = new ArrayList<>();
        Selector selector;
        IOException error;
        long ok;
        long nextDue;

        Run(long firstDue, long measureFrom, long stopAt, double rate, int firstConnection) {
            this.measureFrom = measureFrom;
            this.stopAt = stopAt;
            this.intervalNanos = rate > 0 ? Math.max(1, Math.round(1e9 / rate)) : 0;
            this.nextDue = firstDue;
            this.firstConnection = firstConnection;
        }

        void execute() {
            try (Selector selector = Selector.open()) {
                this.selector = selector;
                loop();
            } catch (IOException | RuntimeException e) {
                error = e instanceof IOException io ? io : new IOException("load loop failed", e);
            }
        }

        private void loop() throws IOException {
            for (int c = firstConnection; c < connections; c += threads) {
                Connection connection = new Connection(bodiesOfConnection.apply(c));
                all.add(connection);
                connection.open(this, System.nanoTime());
            }
            long now;
            while ((now = System.nanoTime()) < stopAt) {
                retryConnects(now);
                if (intervalNanos > 0) {
                    sendDue(now);
                }
                selector.select(Math.max(1, (timeoutNanos(now) + 999_999) / 1_000_000));
                for (SelectionKey key : selector.selectedKeys()) {
                    ((Connection) key.attachment()).ready(this, key);
                }
                selector.selectedKeys().clear();
            }
            if (intervalNanos > 0 && nextDue < stopAt) { // the server fell behind the requested rate
                long unsent = (stopAt - Math.max(nextDue, measureFrom) + intervalNanos - 1) / intervalNanos;
                failures.merge("unsent", unsent, Long::sum);
            }
            for (Connection connection : all) {
                connection.close();
            }
        }

        /** Open loop: hands every request that is due to an idle connection. */
        private void sendDue(long now) {
            if (now >= measureFrom && nextDue < measureFrom) {
                // the measurement starts afresh: a backlog left over from the warm-up is dropped, not measured
                nextDue += (measureFrom - nextDue + intervalNanos - 1) / intervalNanos * intervalNanos;
            }
            while (nextDue <= now && !idle.isEmpty()) {
                idle.poll().send(this, nextDue);
                nextDue += intervalNanos;
            }
        }

        private long timeoutNanos(long now) {
            long until = stopAt;
            if (intervalNanos > 0 && !idle.isEmpty()) until = Math.min(until, nextDue);
            for (Connection connection : all) {
                if (connection.retryAt > 0) until = Math.min(until, connection.retryAt);
            }
            return Math.max(0, until - now);
        }

        private void retryConnects(long now) {
            for (Connection connection : all) {
                if (connection.retryAt > 0 && connection.retryAt <= now) {
                    connection.open(this, now);
                }
            }
        }

        /** A connection can take a request: next one at once (closed loop) or when one is due (open loop). */
        void available(Connection connection) {
            if (intervalNanos == 0) {
                connection.send(this, System.nanoTime());
            } else {
                idle.add(connection);
            }
        }

        void completed(long startedAt, int status) {
            long done = System.nanoTime();
            if (startedAt < measureFrom || done > stopAt) return;
            if (status >= 200 && status < 300) {
                ok++;
                histogram.recordValue(Math.min((done - startedAt) / 1000, MAX_LATENCY_MICROS));
            } else {
                failures.merge("http-" + status, 1L, Long::sum);
            }
        }

        void failed(long startedAt) {
            if (startedAt >= measureFrom && System.nanoTime() <= stopAt) {
                failures.merge("io", 1L, Long::sum);
            }
        }
    }

    /** One keep-alive connection: a pre-encoded request it re-stamps, and a read buffer. */
    private final class Connection {
        final BodyTemplate bodies;
        final ByteBuffer request;
        final int bodyStart;
        final HttpResponseParser parser = new HttpResponseParser();
        ByteBuffer in = ByteBuffer.allocate(16 * 1024);
        SocketChannel channel;
        SelectionKey key;
        long sequence;
        long startedAt = -1; // of the request in flight, -1 when none
        long retryAt;        // > 0 while waiting to reconnect

        Connection(BodyTemplate bodies) {
            this.bodies = bodies;
            byte[] fullHead = concat(head, (bodies.size() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            this.request = bodies.request(fullHead);
            this.bodyStart = fullHead.length;
        }

        void open(Run run, long now) {
            retryAt = 0;
            try {
                channel = SocketChannel.open();
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                in.clear();
                if (channel.connect(address)) {
                    key = channel.register(run.selector, SelectionKey.OP_READ, this);
                    run.available(this);
                } else {
                    key = channel.register(run.selector, SelectionKey.OP_CONNECT, this);
                }
            } catch (IOException e) {
                broken(run, now);
            }
        }

        void send(Run run, long startedAt) {
            this.startedAt = startedAt;
            bodies.stamp(request, bodyStart, sequence++);
            request.rewind();
            try {
                channel.write(request);
                key.interestOps(request.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
            } catch (IOException e) {
                broken(run, System.nanoTime());
            }
        }

        void ready(Run run, SelectionKey key) {
            try {
                if (!key.isValid()) return;
                if (key.isConnectable()) {
                    channel.finishConnect();
                    key.interestOps(SelectionKey.OP_READ);
                    run.available(this);
                } else if (key.isWritable()) {
                    channel.write(request);
                    if (!request.hasRemaining()) key.interestOps(SelectionKey.OP_READ);
                } else if (key.isReadable()) {
                    read(run);
                }
            } catch (IOException e) {
                broken(run, System.nanoTime());
            }
        }

        private void read(Run run) throws IOException {
            if (!in.hasRemaining()) {
                in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
            }
            if (channel.read(in) < 0) {
                throw new IOException("connection closed by the server");
            }
            in.flip();
            int status = parser.parse(in);
            in.compact();
            if (status < 0) return;
            if (startedAt < 0) throw new IOException("response without a request");
            long started = startedAt;
            startedAt = -1;
            run.completed(started, status);
            if (parser.closeRequested()) {
                close();
                open(run, System.nanoTime());
            } else {
                run.available(this);
            }
        }

        /** The connection failed: count the request in flight, and reconnect a little later. */
        private void broken(Run run, long now) {
            if (startedAt >= 0) {
                run.failed(startedAt);
                startedAt = -1;
            } else if (channel != null && !channel.isConnected()) {
                run.failed(now); // could not connect: the request it would have sent fails
            }
            run.idle.remove(this);
            close();
            retryAt = now + RETRY_NANOS;
        }

        void close() {
            try {
                if (channel != null) channel.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
