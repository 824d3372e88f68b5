package io.trustplane.server.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local OpenAI-speaking upstream for the gateway tests: chat completions (plain, tool calls, and server-sent event
 * streams ending in {@code data: [DONE]}, with a usage chunk when {@code stream_options.include_usage}), completions,
 * embeddings, the model list, and the Responses API (a whole response, or its typed events from
 * {@code response.created} to {@code response.completed}). It records every request it receives, and plays scripted
 * failures first when a test queues them (an error status with a body, hanging until the test ends, or a stream that
 * drops its connection or stalls after some events).
 */
final class FakeOpenAiUpstream implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> STREAM_PIECES = List.of("Hello", " from", " the", " fake", " upstream", ".");

    /** @param remotePort the port of the connection it came on: equal ports, the same (kept-alive) connection */
    record Received(String method, String path, String query, Map<String, List<String>> headers, byte[] body, int remotePort) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().getFirst()).orElse(null);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private sealed interface Script permits Failure, Hang, StreamFault {
    }

    /** A streamed answer that stops after {@code after} events: the connection drops, or it stalls until the upstream closes. */
    private record StreamFault(int after, boolean drop) implements Script {
    }

    private record Failure(int status, String body, Map<String, String> headers) implements Script {
    }

    private record Hang() implements Script {
    }

    private final String name;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Script> scripts = new ConcurrentLinkedDeque<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile String lastStream;
    private volatile List<String> reply;
    private volatile boolean echo;

    FakeOpenAiUpstream(String name) throws IOException {
        this.name = name;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    List<Received> received() {
        return received;
    }

    Received last() {
        return received.getLast();
    }

    /** The exact bytes of the last stream sent, as text. */
    String lastStream() {
        return lastStream;
    }

    /** Answers chat completions with this text, in these chunks when streaming (instead of "Hello from <name>."). */
    FakeOpenAiUpstream reply(String... pieces) {
        reply = List.of(pieces);
        return this;
    }

    /**
     * Answers with "You wrote: " and the last user message (chat) or the input (Responses API), streamed in pieces of
     * five characters: what the model got is what the client sees, e.g. pseudonyms to restore.
     */
    FakeOpenAiUpstream echo() {
        echo = true;
        return this;
    }

    /**
     * The next streamed answer sends {@code events} events, then the connection drops (no end of the response); a whole
     * answer (chat or Responses API) sends half its bytes instead.
     */
    FakeOpenAiUpstream dropStreamAfter(int events) {
        scripts.add(new StreamFault(events, true));
        return this;
    }

    /** The next streamed answer sends {@code events} events (a whole answer half its bytes), then nothing more until the upstream is closed. */
    FakeOpenAiUpstream stallStreamAfter(int events) {
        scripts.add(new StreamFault(events, false));
        return this;
    }

    /** The next {@code times} requests are answered with this status and an OpenAI-shaped error body. */
    FakeOpenAiUpstream failNext(int times, int status, Map<String, String> headers) {
        String body = "{\"error\":{\"message\":\"" + name + " failed with " + status + "\",\"type\":\"server_error\",\"param\":null,\"code\":\"fake_"
                + status + "\"}}";
        for (int i = 0; i < times; i++) scripts.add(new Failure(status, body, headers));
        return this;
    }

    FakeOpenAiUpstream failNextWith(int status, String body) {
        scripts.add(new Failure(status, body, Map.of()));
        return this;
    }

    /** The next {@code times} requests get no answer until the upstream is closed. */
    FakeOpenAiUpstream hangNext(int times) {
        for (int i = 0; i < times; i++) scripts.add(new Hang());
        return this;
    }

    /** Every request fails with this status (until the upstream is closed). */
    FakeOpenAiUpstream failAlways(int status) {
        return failNext(1000, status, Map.of());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath().substring("/v1".length());
            received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    Map.copyOf(exchange.getRequestHeaders()), body, exchange.getRemoteAddress().getPort()));
            Script script = scripts.pollFirst();
            StreamFault fault = script instanceof StreamFault f ? f : null;
            if (script instanceof Hang) {
                release.await(30, TimeUnit.SECONDS);
                return;
            }
            if (script instanceof Failure f) {
                f.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
                send(exchange, f.status(), f.body());
                return;
            }
            // Azure-style deployment URLs put the deployment before the operation: match on the end of the path
            String operation = path.endsWith("/chat/completions") ? "/chat/completions" : path.substring(Math.max(0, path.lastIndexOf('/')));
            switch (operation) {
                case "/chat/completions" -> chat(exchange, JSON.readTree(body), fault);
                case "/responses" -> responses(exchange, JSON.readTree(body), fault);
                case "/completions" -> send(exchange, 200, completion(JSON.readTree(body)));
                case "/embeddings" -> send(exchange, 200, embeddings(JSON.readTree(body)));
                case "/models" -> send(exchange, 200, "{\"object\":\"list\",\"data\":[{\"id\":\"" + name + "-model\",\"object\":\"model\","
                        + "\"created\":1700000000,\"owned_by\":\"" + name + "-org\"}]}");
                default -> send(exchange, 404, "{\"error\":{\"message\":\"Invalid URL\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void chat(HttpExchange exchange, JsonNode request, StreamFault fault) throws IOException, InterruptedException {
        String model = request.path("model").asString();
        if (request.path("stream").asBoolean(false)) {
            List<String> events = new ArrayList<>();
            events.add(chunk(model, "{\"role\":\"assistant\",\"content\":\"\"}", null));
            for (String piece : pieces(request)) events.add(chunk(model, "{\"content\":" + JSON.writeValueAsString(piece) + "}", null));
            events.add(chunk(model, "{}", "stop"));
            if (request.path("stream_options").path("include_usage").asBoolean(false)) {
                events.add("{\"id\":\"chatcmpl-stream\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"" + model
                        + "\",\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":6,\"total_tokens\":11}}");
            }
            events.add("[DONE]");
            stream(exchange, events.stream().map(e -> "data: " + e + "\n\n").toList(), fault);
            return;
        }
        ObjectNode message = JSON.createObjectNode().put("role", "assistant");
        String finish = "stop";
        if (request.has("tools")) {
            String function = request.get("tools").get(0).path("function").path("name").asString();
            message.putNull("content");
            ArrayNode calls = message.putArray("tool_calls");
            calls.addObject().put("id", "call_fake_1").put("type", "function").putObject("function")
                    .put("name", function).put("arguments", "{\"city\":\"Paris\"}");
            finish = "tool_calls";
        } else {
            message.put("content", text(request));
        }
        ObjectNode response = JSON.createObjectNode().put("id", "chatcmpl-" + name).put("object", "chat.completion")
                .put("created", 1700000000).put("model", model).put("system_fingerprint", "fp_fake");
        response.putArray("choices").addObject().put("index", 0).<ObjectNode>set("message", message).putNull("logprobs").put("finish_reason", finish);
        response.putObject("usage").put("prompt_tokens", 5).put("completion_tokens", 4).put("total_tokens", 9);
        exchange.getResponseHeaders().set("x-request-id", "req_" + name);
        exchange.getResponseHeaders().set("openai-processing-ms", "12");
        exchange.getResponseHeaders().set("set-cookie", "upstream-session=1");
        answer(exchange, JSON.writeValueAsString(response), fault);
    }

    /** The whole answer's text. */
    private String text(JsonNode request) {
        if (echo) return String.join("", pieces(request));
        return reply != null ? String.join("", reply) : "Hello from " + name + ".";
    }

    /** The streamed answer's text, piece by piece. */
    private List<String> pieces(JsonNode request) {
        if (!echo) return reply != null ? reply : STREAM_PIECES;
        JsonNode input = request.has("messages") ? request.get("messages").get(request.get("messages").size() - 1).path("content")
                : request.path("input");
        String text = "You wrote: " + input.asString();
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 5) pieces.add(text.substring(i, Math.min(text.length(), i + 5)));
        return pieces;
    }

    /** Sends these SSE events (each with its blank line), or their first ones and then the fault. */
    private void stream(HttpExchange exchange, List<String> events, StreamFault fault) throws IOException, InterruptedException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("x-request-id", "req_stream_" + name);
        byte[] all = String.join("", events).getBytes(StandardCharsets.UTF_8);
        // a dropped stream announces its whole length and closes short of it: the client sees the connection end mid-answer
        exchange.sendResponseHeaders(200, fault != null && fault.drop() ? all.length : 0);
        StringBuilder sent = new StringBuilder();
        OutputStream out = exchange.getResponseBody();
        int count = fault == null ? events.size() : Math.min(fault.after(), events.size());
        for (String event : events.subList(0, count)) {
            sent.append(event);
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        lastStream = sent.toString();
        if (fault != null && !fault.drop()) release.await(60, TimeUnit.SECONDS);
        // a dropped stream fails here ("insufficient bytes written"), and the server closes the connection
        out.close();
    }

    private void responses(HttpExchange exchange, JsonNode request, StreamFault fault) throws IOException, InterruptedException {
        String model = request.path("model").asString();
        boolean streamed = request.path("stream").asBoolean(false);
        String text = streamed ? String.join("", pieces(request)) : text(request);
        ObjectNode item = JSON.createObjectNode().put("id", "msg_fake").put("type", "message").put("status", "completed").put("role", "assistant");
        item.putArray("content").addObject().put("type", "output_text").put("text", text).putArray("annotations");
        ObjectNode response = responseObject(model, "completed");
        response.putArray("output").add(item);
        response.putObject("usage").put("input_tokens", 5).put("output_tokens", 4).put("total_tokens", 9);
        if (!streamed) {
            answer(exchange, JSON.writeValueAsString(response), fault);
            return;
        }
        List<ObjectNode> events = new ArrayList<>();
        ObjectNode started = responseObject(model, "in_progress");
        started.putArray("output");
        events.add(event("response.created").set("response", started));
        events.add(event("response.in_progress").set("response", started));
        ObjectNode added = item.deepCopy().put("status", "in_progress");
        added.putArray("content");
        events.add(event("response.output_item.added").put("output_index", 0).set("item", added));
        ObjectNode emptyPart = JSON.createObjectNode().put("type", "output_text").put("text", "");
        emptyPart.putArray("annotations");
        events.add(part(event("response.content_part.added")).set("part", emptyPart));
        for (String piece : pieces(request)) {
            events.add(part(event("response.output_text.delta")).put("delta", piece));
        }
        events.add(part(event("response.output_text.done")).put("text", text));
        events.add(part(event("response.content_part.done")).set("part", item.get("content").get(0)));
        events.add(event("response.output_item.done").put("output_index", 0).set("item", item));
        events.add(event("response.completed").set("response", response));
        List<String> sse = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            ObjectNode e = events.get(i).put("sequence_number", i);
            sse.add("event: " + e.get("type").asString() + "\ndata: " + JSON.writeValueAsString(e) + "\n\n");
        }
        stream(exchange, sse, fault);
    }

    private ObjectNode responseObject(String model, String status) {
        ObjectNode r = JSON.createObjectNode().put("id", "resp_" + name).put("object", "response").put("created_at", 1700000000)
                .put("status", status).put("model", model).put("parallel_tool_calls", true).put("tool_choice", "auto")
                .put("temperature", 1.0).put("top_p", 1.0);
        r.putNull("error");
        r.putNull("incomplete_details");
        r.putNull("instructions");
        r.putObject("metadata");
        r.putArray("tools");
        return r;
    }

    private static ObjectNode event(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    /** A content-part event of the one message: its item, output and content indexes. */
    private static ObjectNode part(ObjectNode event) {
        return event.put("item_id", "msg_fake").put("output_index", 0).put("content_index", 0);
    }

    private static String chunk(String model, String delta, String finish) {
        return "{\"id\":\"chatcmpl-stream\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"" + model
                + "\",\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + (finish == null ? "null" : "\"" + finish + "\"") + "}]}";
    }

    private static String completion(JsonNode request) {
        return "{\"id\":\"cmpl-fake\",\"object\":\"text_completion\",\"created\":1700000000,\"model\":\"" + request.path("model").asString()
                + "\",\"choices\":[{\"text\":\" done\",\"index\":0,\"logprobs\":null,\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":2,\"completion_tokens\":1,\"total_tokens\":3}}";
    }

    private static String embeddings(JsonNode request) {
        return "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.25,-0.5,0.125]}],\"model\":\""
                + request.path("model").asString() + "\",\"usage\":{\"prompt_tokens\":2,\"total_tokens\":2}}";
    }

    /** A whole answer (200), or under a fault only its first half: then the connection drops, or the upstream stalls. */
    private void answer(HttpExchange exchange, String body, StreamFault fault) throws IOException, InterruptedException {
        if (fault == null) {
            send(exchange, 200, body);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes, 0, bytes.length / 2);
        out.flush();
        if (!fault.drop()) release.await(60, TimeUnit.SECONDS);
        out.close(); // short of the announced length: fails, and the server closes the connection
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
