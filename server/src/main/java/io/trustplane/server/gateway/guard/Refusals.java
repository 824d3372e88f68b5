package io.trustplane.server.gateway.guard;

import io.trustplane.server.gateway.OpenAiError;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answers to a blocked call: an OpenAI-shaped error, or a refusal that looks like any other answer.
 *
 * <p>Error: HTTP 400, {@code {"error": {"message", "type": "invalid_request_error", "param": null,
 * "code": "content_policy_violation"}}} (OpenAI's own shape and code for content its safety system refuses), which
 * the official clients raise as {@code BadRequestError} with the message. The message names the deciding rule, never
 * the matched text.
 *
 * <p>Refusal: a chat completion ({@code chat.completion}, or {@code chat.completion.chunk}s and {@code [DONE]} for a
 * streaming request), a text completion or a Responses API response, whose answer is the configured message and
 * whose {@code finish_reason} is {@code stop}, so every client shows it as the assistant's answer; for a streaming
 * Responses API request, the API's typed events from {@code response.created} to {@code response.completed}.
 * Embeddings cannot carry a refusal text: they always get the error.
 */
public final class Refusals {
    public static final String ERROR_TYPE = "invalid_request_error";
    public static final String ERROR_CODE = "content_policy_violation";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Refusals() {
    }

    /** The error for a blocked request ({@code output} false) or a blocked answer. */
    public static OpenAiError error(String decidedBy, boolean output) {
        String what = output ? "The model's response was blocked" : "The request was blocked";
        return new OpenAiError(400, ERROR_TYPE, ERROR_CODE, null, what + " by the project's guard policy (rule " + decidedBy + ").",
                null);
    }

    /**
     * The answer to a blocked call in the project's block mode.
     *
     * @param model the model to name in a refusal (the request's)
     * @param stream whether the request asked for a stream
     */
    public static BlockedAnswer answer(GatewayEndpoint endpoint, boolean refuse, String refusalMessage, String decidedBy,
                                       boolean output, String model, boolean stream, JsonMapper json) {
        boolean canRefuse = switch (endpoint) {
            case CHAT_COMPLETIONS, COMPLETIONS, RESPONSES -> true;
            case EMBEDDINGS -> false;
        };
        if (!refuse || !canRefuse) return BlockedAnswer.error(error(decidedBy, output));
        String id = "tp-refusal-" + UUID.randomUUID();
        long created = Instant.now().getEpochSecond();
        if (stream && endpoint == GatewayEndpoint.RESPONSES) {
            ObjectNode completed = (ObjectNode) completion(endpoint, id, created, model, refusalMessage);
            return new BlockedAnswer(200, completed, responseEvents(completed, json), null);
        }
        if (stream) {
            ObjectNode first = chunk(endpoint, id, created, model);
            ObjectNode last = chunk(endpoint, id, created, model);
            if (endpoint == GatewayEndpoint.CHAT_COMPLETIONS) {
                ObjectNode delta = ((ObjectNode) first.get("choices").get(0)).putObject("delta");
                delta.put("role", "assistant").put("content", refusalMessage);
                ((ObjectNode) last.get("choices").get(0)).putObject("delta");
            } else {
                ((ObjectNode) first.get("choices").get(0)).put("text", refusalMessage);
                ((ObjectNode) last.get("choices").get(0)).put("text", "");
            }
            ((ObjectNode) first.get("choices").get(0)).putNull("finish_reason");
            ((ObjectNode) last.get("choices").get(0)).put("finish_reason", "stop");
            return new BlockedAnswer(200, null,
                    List.of(json.writeValueAsString(first), json.writeValueAsString(last), StreamOutputGuard.DONE), null);
        }
        return new BlockedAnswer(200, completion(endpoint, id, created, model, refusalMessage), null, null);
    }

    /** A Responses API stream of one message whose text is the refusal, as the API streams one (named by each {@code type}). */
    private static List<String> responseEvents(ObjectNode completed, JsonMapper json) {
        ObjectNode item = (ObjectNode) completed.get("output").get(0);
        ObjectNode text = (ObjectNode) item.get("content").get(0);
        String itemId = item.get("id").asString();
        ObjectNode started = completed.deepCopy().put("status", "in_progress");
        started.putArray("output");
        started.remove("usage");
        ObjectNode added = item.deepCopy().put("status", "in_progress");
        added.putArray("content");
        List<ObjectNode> events = List.of(
                event("response.created").set("response", started),
                event("response.output_item.added").put("output_index", 0).set("item", added),
                part(event("response.content_part.added"), itemId).set("part", text.deepCopy().put("text", "")),
                part(event("response.output_text.delta"), itemId).put("delta", text.get("text").asString()),
                part(event("response.output_text.done"), itemId).put("text", text.get("text").asString()),
                part(event("response.content_part.done"), itemId).set("part", text),
                event("response.output_item.done").put("output_index", 0).set("item", item),
                event("response.completed").set("response", completed));
        List<String> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) out.add(json.writeValueAsString(events.get(i).put("sequence_number", i)));
        return out;
    }

    private static ObjectNode event(String type) {
        return NODES.objectNode().put("type", type);
    }

    private static ObjectNode part(ObjectNode event, String itemId) {
        return event.put("item_id", itemId).put("output_index", 0).put("content_index", 0);
    }

    private static ObjectNode chunk(GatewayEndpoint endpoint, String id, long created, String model) {
        ObjectNode chunk = NODES.objectNode();
        chunk.put("id", id);
        chunk.put("object", endpoint == GatewayEndpoint.CHAT_COMPLETIONS ? "chat.completion.chunk" : "text_completion");
        chunk.put("created", created);
        chunk.put("model", model);
        chunk.putArray("choices").addObject().put("index", 0);
        return chunk;
    }

    private static JsonNode completion(GatewayEndpoint endpoint, String id, long created, String model, String text) {
        ObjectNode body = NODES.objectNode();
        body.put("id", id);
        if (endpoint == GatewayEndpoint.RESPONSES) {
            body.put("object", "response");
            body.put("created_at", created);
            body.put("status", "completed");
            body.put("model", model);
            ObjectNode message = body.putArray("output").addObject();
            message.put("type", "message").put("id", "msg-" + id).put("status", "completed").put("role", "assistant");
            ObjectNode part = message.putArray("content").addObject();
            part.put("type", "output_text").put("text", text);
            part.putArray("annotations");
            usage(body, "input_tokens", "output_tokens");
            return body;
        }
        body.put("object", endpoint == GatewayEndpoint.CHAT_COMPLETIONS ? "chat.completion" : "text_completion");
        body.put("created", created);
        body.put("model", model);
        ArrayNode choices = body.putArray("choices");
        ObjectNode choice = choices.addObject().put("index", 0);
        if (endpoint == GatewayEndpoint.CHAT_COMPLETIONS) {
            choice.putObject("message").put("role", "assistant").put("content", text).putNull("refusal");
        } else {
            choice.put("text", text).putNull("logprobs");
        }
        choice.put("finish_reason", "stop");
        usage(body, "prompt_tokens", "completion_tokens");
        return body;
    }

    /** Zero usage: nothing was sent to a model, and clients that read {@code usage} find it. */
    private static void usage(ObjectNode body, String input, String output) {
        body.putObject("usage").put(input, 0).put(output, 0).put("total_tokens", 0);
    }
}
