package io.trustplane.server.gateway.proxy;

import io.trustplane.server.gateway.spi.SseEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a server-sent event stream into events as its bytes arrive, without waiting for more than the event at hand.
 * An event ends at a blank line (lines end with LF, CRLF or CR); each event keeps its bytes exactly, so the events
 * concatenated are the stream as received. A last event without its blank line (the upstream closed mid-event) is
 * returned as it is.
 */
final class SseReader {
    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private final ByteArrayOutputStream carried = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private int eventStart;
    private boolean lineEmpty = true;
    private boolean afterCr;

    SseReader(InputStream in) {
        this.in = in;
    }

    /** The next event, or null when the stream has ended. */
    SseEvent next() throws IOException {
        while (true) {
            if (position == limit) {
                carried.write(buffer, eventStart, limit - eventStart);
                int n = in.read(buffer);
                position = 0;
                eventStart = 0;
                limit = Math.max(n, 0);
                if (n < 0) {
                    if (carried.size() == 0) return null;
                    return take();
                }
                continue;
            }
            byte b = buffer[position++];
            if (afterCr && b == '\n') { // the LF of a CRLF: part of the line end already counted
                afterCr = false;
                continue;
            }
            afterCr = b == '\r';
            if (b == '\n' || b == '\r') {
                if (lineEmpty) return take();
                lineEmpty = true;
            } else {
                lineEmpty = false;
            }
        }
    }

    /** Whether bytes of the next event have already arrived (so a flush can wait until after it). */
    boolean hasBuffered() {
        return position < limit;
    }

    private SseEvent take() {
        byte[] raw;
        if (carried.size() == 0) {
            raw = Arrays.copyOfRange(buffer, eventStart, position);
        } else {
            carried.write(buffer, eventStart, position - eventStart);
            raw = carried.toByteArray();
            carried.reset();
        }
        eventStart = position;
        lineEmpty = true;
        return new SseEvent(raw);
    }
}
