package io.trustplane.server.audit;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that runs a task every interval until stopped (the checkpoint signer, the archive schedule).
 * A task's exception is logged and the task runs again at the next interval.
 */
public final class PeriodicTask {
    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration interval;
    private final boolean runAtStart;
    private final Runnable task;
    private volatile boolean running;
    private Thread thread;

    /**
     * @param name       the thread's name, and the task's in log messages
     * @param runAtStart run once as soon as started, rather than after the first interval
     */
    public PeriodicTask(String name, Duration interval, boolean runAtStart, Runnable task) {
        this.name = name;
        this.interval = interval;
        this.runAtStart = runAtStart;
        this.task = task;
    }

    public synchronized void start() {
        if (running) return;
        running = true;
        thread = Thread.ofPlatform().name(name).daemon(true).start(this::run);
    }

    /** Stops, waiting up to {@code wait} for a run in progress to finish. */
    public void stop(Duration wait) {
        running = false;
        Thread t = thread;
        if (t == null) return;
        LockSupport.unpark(t);
        try {
            t.join(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void run() {
        boolean first = true;
        while (running) {
            if (!(first && runAtStart)) {
                LockSupport.parkNanos(interval.toNanos());
                if (!running) return;
            }
            first = false;
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("{} failed; retrying at the next interval", name, e);
            }
        }
    }
}
