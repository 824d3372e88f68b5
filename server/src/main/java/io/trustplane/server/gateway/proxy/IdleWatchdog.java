package io.trustplane.server.gateway.proxy;

import io.trustplane.server.gateway.GatewayProperties;
import jakarta.annotation.PreDestroy;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Ends upstream response bodies that go silent: {@code trustplane.gateway.idle-timeout} after a read began without any
 * byte arriving, the body is closed, which wakes the blocked read (the JDK client's body stream ends a pending read
 * when closed) with an {@link IdleException}. Only time spent waiting in a read counts, so a slow client (the relay
 * blocked writing to it) never makes the upstream look idle. One timer thread serves every body; each body has at
 * most one pending check, rescheduled lazily, so a read costs two volatile writes.
 */
@Component
class IdleWatchdog {
    private final long timeoutNanos;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
            Thread.ofPlatform().daemon().name("gateway-idle-watchdog").factory());

    IdleWatchdog(GatewayProperties properties) {
        this.timeoutNanos = properties.idleTimeout().toNanos();
        // every call cancels its check when its body closes: drop them at once rather than keep them queued until due
        timer.setRemoveOnCancelPolicy(true);
    }

    /** {@code body}, ended when a read waits longer than the idle timeout (unchanged when there is none). */
    InputStream watch(InputStream body) {
        return timeoutNanos <= 0 ? body : new Watched(body);
    }

    Duration timeout() {
        return Duration.ofNanos(timeoutNanos);
    }

    /** The upstream sent nothing for the idle timeout: its body was closed. */
    static final class IdleException extends IOException {
        IdleException(Duration timeout) {
            super("the upstream sent nothing for " + timeout.toMillis() + " ms");
        }
    }

    private final class Watched extends FilterInputStream {
        /** {@link System#nanoTime()} when the pending read began, 0 when no read is pending. */
        private volatile long readingSince;
        private volatile boolean timedOut;
        private volatile boolean closed;
        private volatile ScheduledFuture<?> check;

        Watched(InputStream in) {
            super(in);
            check = timer.schedule(this::check, timeoutNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public int read() throws IOException {
            begin();
            try {
                return super.read();
            } catch (IOException e) {
                throw failure(e);
            } finally {
                readingSince = 0;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            begin();
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw failure(e);
            } finally {
                readingSince = 0;
            }
        }

        private void begin() throws IOException {
            if (timedOut) throw new IdleException(timeout());
            readingSince = System.nanoTime() | 1; // never 0, which means "not reading"
        }

        private IOException failure(IOException e) {
            return timedOut ? new IdleException(timeout()) : e;
        }

        private void check() {
            if (closed) return;
            long since = readingSince;
            long waited = since == 0 ? 0 : System.nanoTime() - since;
            if (waited >= timeoutNanos) {
                timedOut = true;
                try {
                    in.close();
                } catch (IOException ignored) {
                    // closing is all that is asked of it: the pending read fails either way
                }
                return;
            }
            check = timer.schedule(this::check, timeoutNanos - waited, TimeUnit.NANOSECONDS);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            check.cancel(false);
            super.close();
        }
    }

    @PreDestroy
    void close() {
        timer.shutdownNow();
    }
}
