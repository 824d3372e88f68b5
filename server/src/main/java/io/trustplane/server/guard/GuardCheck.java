package io.trustplane.server.guard;

import io.trustplane.core.guard.GuardRequest;
import java.util.List;

/**
 * A parsed guard API request: the scan request for the engine, and the request's shape, so the redacted
 * texts can be returned in the same structure.
 *
 * @param input the prompt, or null
 * @param messages chat messages (content flattened to text), possibly empty
 * @param documents retrieved or attached documents, possibly empty
 * @param output the model's response, or null
 */
public record GuardCheck(GuardRequest request, String input, List<Message> messages, List<String> documents, String output) {

    public record Message(String role, String content) {
    }
}
