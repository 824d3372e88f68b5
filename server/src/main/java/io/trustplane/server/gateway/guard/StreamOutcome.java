package io.trustplane.server.gateway.guard;

import io.trustplane.core.guard.LocatedFinding;
import io.trustplane.core.guard.policy.Action;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What a {@link StreamOutputGuard} saw and decided over a whole stream, for the trace.
 *
 * @param action the most restrictive enforced action of any check ({@code block} when the stream was cut)
 * @param decidedBy the rule that set it, or {@code default:allow}
 * @param monitoredAction what the action would have been with monitor-mode rules enforced
 * @param findings every finding, once each, with spans into the model's text of its segment
 * @param checks how many times the policy ran
 * @param leakedRedactions findings to redact that had begun to be sent before they were found
 * @param choices per choice, the text that was sent to the client (after redaction and restoration)
 * @param usage the stream's {@code usage} object (with {@code stream_options.include_usage}), or null
 * @param model the model the upstream named in its chunks, or null
 */
public record StreamOutcome(Action action, String decidedBy, Action monitoredAction, boolean cut, List<LocatedFinding> findings,
                            int checks, int leakedRedactions, List<ChoiceText> choices, JsonNode usage, String model) {

    /**
     * @param content the assistant's text as sent
     * @param toolArguments tool call index → arguments as sent
     */
    public record ChoiceText(int index, String content, Map<Integer, String> toolArguments) {
        public ChoiceText {
            toolArguments = Map.copyOf(toolArguments);
        }
    }
}
