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
 * embeddings and the model list. It records every request it receives, and plays scripted failures first when a test
 * queues them (an error status with a body, or hanging until the test ends).
 */
final class FakeOpenAiUpstream implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> STREAM_PIECES = List.of("Hello", " from", " the", " fake", " upstream", ".");

    record Received(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
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

    private sealed interface Script permits Failure, Hang {
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
                    Map.copyOf(exchange.getRequestHeaders()), body));
            Script script = scripts.pollFirst();
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
                case "/chat/completions" -> chat(exchange, JSON.readTree(body));
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

    private void chat(HttpExchange exchange, JsonNode request) throws IOException {
        String model = request.path("model").asString();
        if (request.path("stream").asBoolean(false)) {
            stream(exchange, model, request.path("stream_options").path("include_usage").asBoolean(false));
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
            message.put("content", reply != null ? String.join("", reply) : "Hello from " + name + ".");
        }
        ObjectNode response = JSON.createObjectNode().put("id", "chatcmpl-" + name).put("object", "chat.completion")
                .put("created", 1700000000).put("model", model).put("system_fingerprint", "fp_fake");
        response.putArray("choices").addObject().put("index", 0).<ObjectNode>set("message", message).putNull("logprobs").put("finish_reason", finish);
        response.putObject("usage").put("prompt_tokens", 5).put("completion_tokens", 4).put("total_tokens", 9);
        exchange.getResponseHeaders().set("x-request-id", "req_" + name);
        exchange.getResponseHeaders().set("openai-processing-ms", "12");
        exchange.getResponseHeaders().set("set-cookie", "upstream-session=1");
        send(exchange, 200, JSON.writeValueAsString(response));
    }

    private void stream(HttpExchange exchange, String model, boolean includeUsage) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("x-request-id", "req_stream_" + name);
        exchange.sendResponseHeaders(200, 0);
        StringBuilder sent = new StringBuilder();
        try (OutputStream out = exchange.getResponseBody()) {
            List<String> events = new ArrayList<>();
            events.add(chunk(model, "{\"role\":\"assistant\",\"content\":\"\"}", null));
            for (String piece : reply != null ? reply : STREAM_PIECES) events.add(chunk(model, "{\"content\":" + JSON.writeValueAsString(piece) + "}", null));
            events.add(chunk(model, "{}", "stop"));
            if (includeUsage) {
                events.add("{\"id\":\"chatcmpl-stream\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"" + model
                        + "\",\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":6,\"total_tokens\":11}}");
            }
            events.add("[DONE]");
            for (String event : events) {
                String text = "data: " + event + "\n\n";
                sent.append(text);
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
        lastStream = sent.toString();
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
