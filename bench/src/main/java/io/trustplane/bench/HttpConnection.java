package io.trustplane.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection driven by one thread: write a request, read the whole response.
 *
 * <p>Why not the JDK's HttpClient or Apache HttpClient: on a 2-core machine the generator shares the
 * CPU with the server, and every microsecond it spends is taken from the server under test. Their
 * asynchronous machinery (futures, selector threads, header maps) costs several times more per request
 * than this blocking exchange of pre-encoded bytes, which is what wrk does too. It supports exactly what
 * the benchmark needs: POST with Content-Length, responses with Content-Length or chunked bodies.
 */
final class HttpConnection implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] head;
    private boolean closeRequested;

    HttpConnection(URI base, String path, String key) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort() < 0 ? 80 : base.getPort()), 5000);
        socket.setSoTimeout(60_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        head = ("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer " + key
                + "\r\nContent-Type: application/json\r\nContent-Length: ").getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether the server asked to close the connection after the last response. */
    boolean closeRequested() {
        return closeRequested;
    }

    /** Sends one request and returns the response's status code, after reading the whole response. */
    int post(byte[] body) throws IOException {
        out.write(head);
        out.write((body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return readResponse();
    }

    private int readResponse() throws IOException {
        String statusLine = readLine();
        if (statusLine == null) throw new IOException("connection closed by the server");
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean close = false;
        String line;
        while ((line = readLine()) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) contentLength = Long.parseLong(value);
            else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) chunked = true;
            else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) close = true;
        }
        if (chunked) {
            long size;
            while ((size = Long.parseLong(readLine().split(";")[0].trim(), 16)) > 0) {
                skip(size);
                readLine();
            }
            readLine();
        } else if (contentLength > 0) {
            skip(contentLength);
        }
        closeRequested = close;
        return status;
    }

    private void skip(long n) throws IOException {
        while (n > 0) {
            long skipped = in.skip(n);
            if (skipped <= 0) {
                if (in.read() < 0) throw new IOException("unexpected end of response");
                skipped = 1;
            }
            n -= skipped;
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int length = line.length();
                if (length > 0 && line.charAt(length - 1) == '\r') line.setLength(length - 1);
                return line.toString();
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
