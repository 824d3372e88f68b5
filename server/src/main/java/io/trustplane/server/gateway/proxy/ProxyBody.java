package io.trustplane.server.gateway.proxy;

import io.trustplane.server.gateway.GatewayException;
import io.trustplane.server.gateway.OpenAiError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request body as the proxy needs it: the raw bytes, forwarded as they are, and the two fields routing needs,
 * {@code model} and {@code stream}, found with one streaming pass that builds no tree (the other fields are skipped
 * token by token, so unknown fields pass through untouched and the cost stays linear and small). The pass also checks
 * that the body is one JSON object, and refuses a second {@code model} or {@code stream} key, which different parsers
 * would resolve differently (the gateway routing by one, the upstream reading the other).
 */
final class ProxyBody {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final byte[] bytes;
    private final String model;
    private final int modelStart;
    private final int modelEnd;
    private final boolean stream;

    private ProxyBody(byte[] bytes, String model, int modelStart, int modelEnd, boolean stream) {
        this.bytes = bytes;
        this.model = model;
        this.modelStart = modelStart;
        this.modelEnd = modelEnd;
        this.stream = stream;
    }

    static ProxyBody parse(byte[] bytes) {
        if (bytes.length == 0) throw invalid(null, "The request needs a JSON body.");
        String model = null;
        int modelStart = -1;
        int modelEnd = -1;
        boolean stream = false;
        boolean streamSeen = false;
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) throw invalid(null, "The request body must be a JSON object.");
            String name;
            while ((name = parser.nextName()) != null) {
                JsonToken value = parser.nextToken();
                if (name.equals("model")) {
                    if (modelStart >= 0 || model != null) throw invalid("model", "The request has more than one 'model' field.");
                    if (value == JsonToken.VALUE_STRING) {
                        modelStart = (int) parser.currentTokenLocation().getByteOffset();
                        model = parser.getString();
                        modelEnd = stringEnd(bytes, modelStart);
                    } else if (value != JsonToken.VALUE_NULL) {
                        throw invalid("model", "'model' must be a string.");
                    }
                } else if (name.equals("stream")) {
                    if (streamSeen) throw invalid("stream", "The request has more than one 'stream' field.");
                    streamSeen = true;
                    stream = value == JsonToken.VALUE_TRUE;
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) throw invalid(null, "The request body must be one JSON object.");
        } catch (JacksonException e) {
            throw invalid(null, "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        return new ProxyBody(bytes, model, modelStart, modelEnd, stream);
    }

    byte[] bytes() {
        return bytes;
    }

    /** The requested model; null when the body has none. */
    String model() {
        return model;
    }

    boolean stream() {
        return stream;
    }

    /**
     * The body with its {@code model} value replaced (an alias resolved), every other byte unchanged; the body itself
     * when the model is the same.
     */
    byte[] withModel(String upstreamModel) {
        if (upstreamModel == null || upstreamModel.equals(model) || modelStart < 0) return bytes;
        byte[] value = JSON.writeValueAsString(upstreamModel).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length - (modelEnd - modelStart) + value.length);
        out.write(bytes, 0, modelStart);
        out.write(value, 0, value.length);
        out.write(bytes, modelEnd, bytes.length - modelEnd);
        return out.toByteArray();
    }

    /** The offset just after the closing quote of the JSON string whose opening quote is at {@code start}. */
    private static int stringEnd(byte[] bytes, int start) {
        if (start < 0 || start >= bytes.length || bytes[start] != '"') {
            throw new IllegalStateException("the parser reported a string at " + start + " that does not start there");
        }
        for (int i = start + 1; i < bytes.length; i++) {
            if (bytes[i] == '\\') i++;
            else if (bytes[i] == '"') return i + 1;
        }
        throw new IllegalStateException("unterminated string at " + start);
    }

    private static GatewayException invalid(String param, String message) {
        return new GatewayException(OpenAiError.invalidRequest(400, "invalid_request_body", param, message));
    }
}
