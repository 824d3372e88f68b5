package io.trustplane.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Finds where one HTTP/1.1 response ends in the bytes read so far, for a keep-alive client that never
 * needs the body: status line, headers, then a body framed by {@code Content-Length} or chunked encoding.
 * Responses are small (a few hundred bytes), so re-reading the head when more bytes arrive is cheaper
 * than keeping a state machine across reads.
 */
final class HttpResponseParser {
    private boolean closeRequested;

    /**
     * Consumes one complete response from {@code in} (between position and limit) and returns its status
     * code, or returns -1 and consumes nothing when the response is not complete yet.
     */
    int parse(ByteBuffer in) throws IOException {
        int start = in.position();
        int limit = in.limit();
        int headEnd = indexOfBlankLine(in, start, limit);
        if (headEnd < 0) {
            return -1;
        }
        String head = ascii(in, start, headEnd);
        if (!head.startsWith("HTTP/1.") || head.length() < 12) {
            throw new IOException("not an HTTP/1.x response: " + firstLine(head));
        }
        int status = parseStatus(head);
        long contentLength = 0;
        boolean chunked = false;
        boolean close = head.startsWith("HTTP/1.0");
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                contentLength = parseLength(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.toLowerCase(java.util.Locale.ROOT).endsWith("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                close = value.equalsIgnoreCase("close");
            }
        }
        int bodyStart = headEnd + 4;
        long end = chunked ? chunkedEnd(in, bodyStart, limit) : bodyStart + contentLength;
        if (end < 0 || end > limit) {
            return -1;
        }
        in.position((int) end);
        closeRequested = close;
        return status;
    }

    /** Whether the last parsed response asked to close the connection. */
    boolean closeRequested() {
        return closeRequested;
    }

    private static int parseStatus(String head) throws IOException {
        try {
            return Integer.parseInt(head.substring(9, 12));
        } catch (NumberFormatException e) {
            throw new IOException("bad status line: " + firstLine(head));
        }
    }

    private static long parseLength(String value) throws IOException {
        try {
            long length = Long.parseLong(value);
            if (length < 0) throw new NumberFormatException();
            return length;
        } catch (NumberFormatException e) {
            throw new IOException("bad Content-Length: " + value);
        }
    }

    /** The position after the last chunk and its trailers, or -1 when not all of it has arrived. */
    private static long chunkedEnd(ByteBuffer in, int from, int limit) throws IOException {
        int p = from;
        while (true) {
            int lineEnd = indexOfCrlf(in, p, limit);
            if (lineEnd < 0) return -1;
            String sizeField = ascii(in, p, lineEnd).split(";", 2)[0].trim();
            long size;
            try {
                size = Long.parseLong(sizeField, 16);
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size: " + sizeField);
            }
            p = lineEnd + 2;
            if (size == 0) {
                while (true) { // trailer lines, then an empty line
                    int trailerEnd = indexOfCrlf(in, p, limit);
                    if (trailerEnd < 0) return -1;
                    boolean empty = trailerEnd == p;
                    p = trailerEnd + 2;
                    if (empty) return p;
                }
            }
            long next = p + size + 2;
            if (next > limit) return -1;
            p = (int) next;
        }
    }

    private static int indexOfBlankLine(ByteBuffer in, int from, int limit) {
        for (int i = from; i + 3 < limit; i++) {
            if (in.get(i) == '\r' && in.get(i + 1) == '\n' && in.get(i + 2) == '\r' && in.get(i + 3) == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfCrlf(ByteBuffer in, int from, int limit) {
        for (int i = from; i + 1 < limit; i++) {
            if (in.get(i) == '\r' && in.get(i + 1) == '\n') return i;
        }
        return -1;
    }

    private static String ascii(ByteBuffer in, int from, int to) {
        byte[] bytes = new byte[to - from];
        in.get(from, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String firstLine(String head) {
        int eol = head.indexOf('\r');
        return eol < 0 ? head : head.substring(0, eol);
    }
}
