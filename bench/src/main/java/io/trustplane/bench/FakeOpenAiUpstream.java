package io.trustplane.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A small, fast stand-in for an OpenAI-compatible provider, for measuring what the gateway adds
 * ({@code bench/gateway.sh}): HTTP/1.1 keep-alive, one platform thread per connection with blocking I/O (the fewest
 * hand-offs, so that its own latency is small and steady), {@code TCP_NODELAY}, and answers prepared once:
 *
 * <ul>
 *   <li>{@code POST .../chat/completions}: a fixed small completion ({@value #COMPLETION_TOKENS} tokens) with
 *       {@code Content-Length}, or, when the body asks for {@code "stream":true}, the same completion as server-sent
 *       events in chunked encoding, one chunk per event, ending in {@code data: [DONE]};</li>
 *   <li>{@code GET .../models}: one model;</li>
 *   <li>anything else: 404 in OpenAI's error shape.</li>
 * </ul>
 *
 * <p>It never looks inside a request beyond its framing and the {@code "stream"} flag, so both the direct calls and
 * the gateway's cost it the same. Run: {@code java -cp bench/target/classes io.trustplane.bench.FakeOpenAiUpstream
 * [--port N] [--port-file PATH]}; it prints {@code listening on <port>} (and writes the port to the file) once it
 * accepts connections.
 */
public final class FakeOpenAiUpstream implements AutoCloseable {
    static final int COMPLETION_TOKENS = 7;
    static final List<String> PIECES = List.of("The", " gateway", " adds", " little", " latency", ".");
    private static final byte[] STREAM_FLAG = "\"stream\":true".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEAD = 64 * 1024;

    private final ServerSocket server;
    private final byte[] completion;
    private final byte[] streamHead;
    private final byte[][] streamChunks;
    private final byte[] models;
    private final byte[] notFound;
    private volatile boolean closed;

    public FakeOpenAiUpstream(int port) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        completion = response(200, "application/json", completionJson());
        streamHead = ("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nx-request-id: req_bench_stream\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        List<String> events = streamEvents();
        streamChunks = new byte[events.size() + 1][];
        for (int i = 0; i < events.size(); i++) {
            byte[] event = ("data: " + events.get(i) + "\n\n").getBytes(StandardCharsets.UTF_8);
            streamChunks[i] = concat((Integer.toHexString(event.length) + "\r\n").getBytes(StandardCharsets.US_ASCII), event,
                    "\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        streamChunks[events.size()] = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        models = response(200, "application/json",
                "{\"object\":\"list\",\"data\":[{\"id\":\"bench-model\",\"object\":\"model\",\"created\":1700000000,\"owned_by\":\"bench\"}]}");
        notFound = response(404, "application/json",
                "{\"error\":{\"message\":\"Invalid URL\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}");
    }

    public static void main(String[] args) throws Exception {
        int port = 0;
        String portFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--port-file" -> portFile = args[++i];
                default -> {
                    System.err.println("usage: FakeOpenAiUpstream [--port N] [--port-file PATH]");
                    System.exit(2);
                }
            }
        }
        FakeOpenAiUpstream upstream = new FakeOpenAiUpstream(port);
        if (portFile != null) java.nio.file.Files.writeString(java.nio.file.Path.of(portFile), Integer.toString(upstream.port()));
        System.out.println("listening on " + upstream.port());
        upstream.serve();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Accepts connections until closed, each served by a platform thread of its own. */
    public void serve() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                Thread.ofPlatform().daemon().name("upstream-conn").start(() -> connection(socket));
            } catch (IOException e) {
                if (!closed) System.err.println("accept failed: " + e);
            }
        }
    }

    /** Serves in the background; for tests. */
    public FakeOpenAiUpstream start() {
        Thread.ofPlatform().daemon().name("upstream-accept").start(this::serve);
        return this;
    }

    private void connection(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
             OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024)) {
            Request request;
            while ((request = Request.read(in)) != null) {
                answer(request, out);
                if (request.close()) return;
            }
        } catch (SocketException e) {
            // the client went away
        } catch (IOException e) {
            if (!closed) System.err.println("connection failed: " + e);
        }
    }

    private void answer(Request request, OutputStream out) throws IOException {
        String path = request.path();
        if (request.method().equals("POST") && path.endsWith("/chat/completions")) {
            if (BodyTemplate.occurrences(request.body(), STREAM_FLAG).length > 0) {
                out.write(streamHead);
                for (byte[] chunk : streamChunks) {
                    out.write(chunk);
                    out.flush(); // one event at a time, as a provider sends tokens
                }
                return;
            }
            out.write(completion);
        } else if (request.method().equals("GET") && path.endsWith("/models")) {
            out.write(models);
        } else {
            out.write(notFound);
        }
        out.flush();
    }

    /** One request: its method, path (without the query), body, and whether the client asked to close. */
    record Request(String method, String path, byte[] body, boolean close) {
        /** The next request on the connection, or null at its end. */
        static Request read(InputStream in) throws IOException {
            String line = line(in);
            if (line == null) return null;
            String[] parts = line.split(" ");
            if (parts.length != 3) throw new IOException("bad request line: " + line);
            long length = 0;
            boolean chunked = false;
            boolean close = parts[2].equals("HTTP/1.0");
            int headBytes = line.length();
            String header;
            while ((header = line(in)) != null && !header.isEmpty()) {
                headBytes += header.length();
                if (headBytes > MAX_HEAD) throw new IOException("request head too large");
                int colon = header.indexOf(':');
                if (colon < 0) continue;
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            if (header == null) return null;
            byte[] body = chunked ? chunkedBody(in) : in.readNBytes((int) length);
            if (!chunked && body.length < length) return null;
            int query = parts[1].indexOf('?');
            return new Request(parts[0], query < 0 ? parts[1] : parts[1].substring(0, query), body, close);
        }

        private static byte[] chunkedBody(InputStream in) throws IOException {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            while (true) {
                String size = line(in);
                if (size == null) throw new IOException("truncated chunked body");
                int n = Integer.parseInt(size.split(";", 2)[0].trim(), 16);
                if (n == 0) {
                    String trailer;
                    while ((trailer = line(in)) != null && !trailer.isEmpty()) {
                        // trailers are ignored
                    }
                    return body.toByteArray();
                }
                body.write(in.readNBytes(n));
                line(in);
            }
        }

        /** A line ending in CRLF (or LF), without it; null at the end of the stream before any byte of it. */
        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder(64);
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    int end = line.length();
                    if (end > 0 && line.charAt(end - 1) == '\r') line.setLength(end - 1);
                    return line.toString();
                }
                if (line.length() > MAX_HEAD) throw new IOException("line too long");
                line.append((char) b);
            }
            return line.isEmpty() ? null : line.toString();
        }
    }

    static String completionJson() {
        return "{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"bench-model\","
                + "\"system_fingerprint\":\"fp_bench\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
                + String.join("", PIECES) + "\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":" + COMPLETION_TOKENS + ",\"total_tokens\":" + (12 + COMPLETION_TOKENS) + "}}";
    }

    /** The data of each event of the streamed completion: a role chunk, one chunk per piece, the finish, the usage, {@code [DONE]}. */
    static List<String> streamEvents() {
        String prefix = "{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"bench-model\",\"choices\":";
        java.util.ArrayList<String> events = new java.util.ArrayList<>();
        events.add(prefix + "[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}");
        for (String piece : PIECES) {
            events.add(prefix + "[{\"index\":0,\"delta\":{\"content\":\"" + piece + "\"},\"finish_reason\":null}]}");
        }
        events.add(prefix + "[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
        events.add(prefix + "[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":" + COMPLETION_TOKENS + ",\"total_tokens\":"
                + (12 + COMPLETION_TOKENS) + "}}");
        events.add("[DONE]");
        return events;
    }

    private static byte[] response(int status, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String reason = status == 200 ? "OK" : "Not Found";
        return concat(("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + contentType + "\r\nx-request-id: req_bench\r\n"
                + "openai-processing-ms: 1\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), bytes);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) length += part.length;
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
    }
}
