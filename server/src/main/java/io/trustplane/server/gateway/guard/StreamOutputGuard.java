package io.trustplane.server.gateway.guard;

import io.trustplane.core.guard.Direction;
import io.trustplane.core.guard.Finding;
import io.trustplane.core.guard.GuardRequest;
import io.trustplane.core.guard.LocatedFinding;
import io.trustplane.core.guard.Redactions;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextRole;
import io.trustplane.core.guard.TextSegment;
import io.trustplane.core.guard.pii.PseudonymRestorer;
import io.trustplane.core.guard.pii.RedactionSession;
import io.trustplane.core.guard.policy.Action;
import io.trustplane.core.guard.policy.PolicyDecision;
import io.trustplane.server.gateway.spi.GatewayEndpoint;
import io.trustplane.server.guard.GuardEvaluator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Guards a streamed answer event by event (chat completions, completions, or the Responses API's typed events): fed
 * each SSE event's {@code data} in order, it answers what to send to the client now. One instance per stream; not
 * thread-safe (a stream is relayed by one thread).
 *
 * <p><b>Responses API.</b> Each message's {@code output_text} part and each function call's arguments are texts fed
 * by their {@code *.delta} events. The events that repeat a whole text ({@code response.output_text.done},
 * {@code content_part.done}, {@code output_item.done}, {@code response.completed}) finish its texts, like a chat
 * choice's finish chunk, and carry the text as it went out (redacted, restored). A cut ends the stream with
 * {@code response.incomplete}, {@code incomplete_details.reason: "content_filter"}.
 *
 * <p><b>Texts.</b> Per choice, the assistant's content and each tool call's arguments are separate texts, accumulated
 * from the deltas. A text is checked (the project's detectors and policy, as output) whenever {@code stride} new
 * characters have arrived, over the new characters plus the {@code window} characters before them, so a finding split
 * across chunks is seen whole; when a choice finishes its texts are checked once more in full (or, if shorter than the
 * window, over what is left), so long findings and whole-answer context (system prompt leakage) still decide before
 * the finish event goes out.
 *
 * <p><b>Hold-back.</b> An event goes out only when all its text has been checked and lies at least {@code holdBack}
 * characters before the end of the checked text (a finished text is not held back), and every event before it went
 * out: order is kept. A finding no longer than {@code holdBack} is therefore acted on before any of it is sent. Events
 * without text (role, usage, finish) wait only for the events before them.
 *
 * <p><b>Decisions.</b> {@code block} (enforced) cuts the stream: held events are dropped and the client gets, for
 * every choice not yet finished, a chunk with {@code finish_reason: "content_filter"} (OpenAI's value for filtered
 * content), then {@code [DONE]}; every later event gets an empty CUT step. {@code redact} rewrites the held text: each
 * redactable finding's characters not yet sent are replaced, in the first event that holds them, by the placeholder of
 * the call's redaction session (the input's, so pseudonyms agree with the prompt's); characters already sent cannot
 * be taken back and are counted in {@link StreamOutcome#leakedRedactions()}. {@code flag} and monitor-mode matches are
 * only recorded. When the project restores pseudonyms, placeholders of the input's session are replaced by their
 * values as they go out; a {@code [} that may open a placeholder holds its event until it is resolved (at most
 * {@link PseudonymRestorer#MAX_PLACEHOLDER} characters).
 *
 * <p>Events that are not JSON (or carry no choices, e.g. the usage chunk) pass through in order, unchanged; an event
 * is re-serialized only when its text was rewritten, otherwise its {@code data} is sent byte for byte.
 */
public final class StreamOutputGuard {
    /** The data of OpenAI's final SSE event. */
    public static final String DONE = "[DONE]";

    /** What happened to the event just fed. */
    public enum Verdict {
        /** It is sent now ({@link Step#emit()} ends with it, after any held events before it). */
        PASS,
        /** It is held back; {@link Step#emit()} holds earlier events that could go out, if any. */
        HOLD,
        /** The stream is cut: send {@link Step#emit()} (the final events) and stop relaying. */
        CUT
    }

    /**
     * The answer to one event.
     *
     * @param emit the {@code data} payloads to send now, in order (each as one SSE event)
     */
    public record Step(Verdict verdict, List<String> emit) {
        public Step {
            emit = List.copyOf(emit);
        }
    }

    private final GatewayEndpoint endpoint;
    private final StreamWindow window;
    private final Function<GuardRequest, GuardEvaluator.Evaluation> scanner;
    private final ScanContext context;
    private final Map<String, Object> attributes;
    private final Supplier<RedactionSession> sessions;
    private final Map<String, String> restore;
    private final Consumer<GuardEvaluator.Evaluation> onDecisive;
    private final JsonMapper json;

    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private final ArrayDeque<Held> held = new ArrayDeque<>();
    private final Set<Integer> choices = new HashSet<>();
    private final Set<Integer> finishedChoices = new HashSet<>();
    /** Choices whose own finish event went out: a cut does not end them again. */
    private final Set<Integer> finishSent = new HashSet<>();
    private final Map<String, LocatedFinding> findings = new LinkedHashMap<>();
    private RedactionSession session;
    private Action action = Action.ALLOW;
    private String decidedBy = PolicyDecision.NO_RULE;
    private Action monitoredAction = Action.ALLOW;
    private boolean cut;
    private boolean auditedRedaction;
    private int checks;
    private int leakedRedactions;
    private JsonNode usage;
    private String lastId;
    private String model;
    private long created;
    /** Responses API: the response of the last {@code response.*} event that carried one, and the last sequence number. */
    private ObjectNode lastResponse;
    private long sequence = -1;

    /**
     * @param scanner runs the project's detectors and policy over a request of output segments
     * @param context the request's scan context (system prompts, canaries, trusted domains)
     * @param attributes the request attributes policies see
     * @param sessions the call's redaction session (asked only when something is redacted)
     * @param restore placeholder → value to restore in the answer; empty for none
     * @param onDecisive told of the first redacting and of the blocking evaluation (to audit them once per stream)
     */
    public StreamOutputGuard(GatewayEndpoint endpoint, StreamWindow window, Function<GuardRequest, GuardEvaluator.Evaluation> scanner,
                             ScanContext context, Map<String, Object> attributes, Supplier<RedactionSession> sessions,
                             Map<String, String> restore, Consumer<GuardEvaluator.Evaluation> onDecisive, JsonMapper json) {
        if (endpoint == GatewayEndpoint.EMBEDDINGS) throw new IllegalArgumentException("embeddings are not streamed");
        this.endpoint = endpoint;
        this.window = window;
        this.scanner = scanner;
        this.context = context;
        this.attributes = attributes;
        this.sessions = sessions;
        this.restore = Map.copyOf(restore);
        this.onDecisive = onDecisive;
        this.json = json;
    }

    /** Feeds one SSE event's {@code data} ({@code [DONE]} included); returns what to send now. */
    public Step onEvent(String data) {
        if (cut) return new Step(Verdict.CUT, List.of());
        if (DONE.equals(data.strip())) {
            List<String> out = finishAll();
            if (cut) return cutStep(out);
            out.add(data);
            return new Step(Verdict.PASS, out);
        }
        Held event = parse(data);
        held.addLast(event);
        Set<Channel> touched = new HashSet<>();
        for (Piece p : event.pieces()) touched.add(p.channel());
        for (Channel c : touched) {
            if (c.text.length() - c.checkedTo >= window.stride()) {
                check(List.of(c), false);
                if (cut) return cutStep(List.of());
            }
        }
        for (int choice : event.finishes()) {
            finish(choice);
            if (cut) return cutStep(List.of());
        }
        if (!event.ends().isEmpty()) {
            finishChannels(event.ends());
            if (cut) return cutStep(List.of());
        }
        List<String> out = release(false);
        return new Step(held.contains(event) ? Verdict.HOLD : Verdict.PASS, out);
    }

    /**
     * The upstream stream ended without {@code [DONE]} (closed or failed): checks what is left and returns the held
     * events to send, or the final events of a cut. Does not add {@code [DONE]} unless it cuts.
     */
    public Step onEnd() {
        if (cut) return new Step(Verdict.CUT, List.of());
        List<String> out = finishAll();
        return cut ? cutStep(out) : new Step(Verdict.PASS, out);
    }

    /** What the guard saw and decided so far (complete once the stream ended or was cut). */
    public StreamOutcome outcome() {
        Map<Integer, String> content = new TreeMap<>();
        Map<Integer, Map<Integer, String>> tools = new TreeMap<>();
        for (Channel c : channels.values()) {
            if (c.tool < 0) {
                content.merge(c.choice, c.sent.toString(), String::concat); // Responses API: a message's text parts in order
            } else {
                tools.computeIfAbsent(c.choice, i -> new TreeMap<>()).put(c.tool, c.sent.toString());
            }
        }
        List<StreamOutcome.ChoiceText> byChoice = new ArrayList<>();
        for (int choice : new TreeSet<>(choices)) {
            byChoice.add(new StreamOutcome.ChoiceText(choice, content.getOrDefault(choice, ""), tools.getOrDefault(choice, Map.of())));
        }
        return new StreamOutcome(action, decidedBy, monitoredAction, cut, List.copyOf(findings.values()), checks,
                leakedRedactions, byChoice, usage, model);
    }

    // ---- parsing ----------------------------------------------------------------------------------------------

    private record Piece(Channel channel, int start, int end, String pointer) {
    }

    /** A string of an event holding a channel's whole text (Responses API {@code *.done} and final events). */
    private record Whole(Channel channel, String pointer) {
    }

    /**
     * @param finishes chat and completions: the choices this event finishes
     * @param wholes Responses API: the whole texts it holds, rewritten as the channel's text goes out
     * @param ends Responses API: the channels it finishes
     */
    private record Held(String data, JsonNode json, List<Piece> pieces, List<Integer> finishes, List<Whole> wholes, List<Channel> ends) {
        Held(String data, JsonNode json, List<Piece> pieces, List<Integer> finishes) {
            this(data, json, pieces, finishes, List.of(), List.of());
        }
    }

    private Held parse(String data) {
        JsonNode node;
        try {
            node = json.readTree(data);
        } catch (JacksonException e) {
            return new Held(data, null, List.of(), List.of());
        }
        if (node == null || !node.isObject()) return new Held(data, null, List.of(), List.of());
        if (endpoint == GatewayEndpoint.RESPONSES) return parseResponseEvent(data, node);
        if (node.get("id") != null && node.get("id").isString()) lastId = node.get("id").asString();
        if (node.get("model") != null && node.get("model").isString()) model = node.get("model").asString();
        if (node.get("created") != null && node.get("created").isNumber()) created = node.get("created").asLong();
        JsonNode u = node.get("usage");
        if (u != null && u.isObject()) usage = u;
        List<Piece> pieces = new ArrayList<>();
        List<Integer> finishes = new ArrayList<>();
        JsonNode list = node.get("choices");
        if (list != null && list.isArray()) {
            for (int k = 0; k < list.size(); k++) {
                JsonNode choice = list.get(k);
                int index = choice.path("index").asInt(k);
                choices.add(index);
                String at = "/choices/" + k;
                if (endpoint == GatewayEndpoint.CHAT_COMPLETIONS) {
                    JsonNode delta = choice.path("delta");
                    append(pieces, channel(index, -1), delta.get("content"), at + "/delta/content");
                    JsonNode calls = delta.get("tool_calls");
                    if (calls != null && calls.isArray()) {
                        for (int j = 0; j < calls.size(); j++) {
                            JsonNode call = calls.get(j);
                            append(pieces, channel(index, call.path("index").asInt(j)), call.path("function").get("arguments"),
                                    at + "/delta/tool_calls/" + j + "/function/arguments");
                        }
                    }
                } else {
                    append(pieces, channel(index, -1), choice.get("text"), at + "/text");
                }
                JsonNode reason = choice.get("finish_reason");
                if (reason != null && !reason.isNull()) finishes.add(index);
            }
        }
        return new Held(data, node, pieces, finishes);
    }

    /**
     * A Responses API event: text and function-call argument deltas feed their channels; the events that hold a whole
     * text ({@code response.output_text.done}, {@code content_part.done}, {@code output_item.done}, and the final
     * {@code response.completed} / {@code incomplete} / {@code failed}) finish their channels, so they are checked in
     * full before such an event goes out, and their whole texts are rewritten as the channel's text goes out.
     */
    private Held parseResponseEvent(String data, JsonNode node) {
        if (node.path("sequence_number").isIntegralNumber()) sequence = node.path("sequence_number").asLong();
        List<Piece> pieces = new ArrayList<>();
        List<Whole> wholes = new ArrayList<>();
        Set<Channel> ends = new LinkedHashSet<>();
        int output = node.path("output_index").asInt(0);
        int part = node.path("content_index").asInt(0);
        switch (node.path("type").asString("")) {
            case "response.created", "response.in_progress" -> remember(node.get("response"));
            case "response.output_text.delta" -> append(pieces, textChannel(output, part), node.get("delta"), "/delta");
            case "response.function_call_arguments.delta" -> append(pieces, argumentsChannel(output), node.get("delta"), "/delta");
            case "response.output_text.done" -> whole(wholes, ends, textChannel(output, part), node, "/text");
            case "response.function_call_arguments.done" -> whole(wholes, ends, argumentsChannel(output), node, "/arguments");
            case "response.content_part.done" -> {
                if ("output_text".equals(node.at("/part/type").asString(""))) whole(wholes, ends, textChannel(output, part), node, "/part/text");
            }
            case "response.output_item.done" -> {
                item(wholes, ends, output, node, "/item");
                for (Channel c : channels.values()) if (c.choice == output) ends.add(c);
            }
            case "response.completed", "response.incomplete", "response.failed" -> {
                JsonNode response = node.get("response");
                remember(response);
                if (response != null && response.get("usage") != null && response.get("usage").isObject()) usage = response.get("usage");
                JsonNode items = response == null ? null : response.get("output");
                if (items != null && items.isArray()) {
                    for (int i = 0; i < items.size(); i++) item(wholes, ends, i, node, "/response/output/" + i);
                }
                ends.addAll(channels.values());
            }
            default -> {
            }
        }
        return new Held(data, node, pieces, List.of(), wholes, List.copyOf(ends));
    }

    /** The texts of one output item of the Responses API: a message's {@code output_text} parts, a function call's arguments. */
    private void item(List<Whole> wholes, Set<Channel> ends, int output, JsonNode event, String at) {
        JsonNode item = event.at(at);
        JsonNode content = item.get("content");
        if (content != null && content.isArray()) {
            for (int j = 0; j < content.size(); j++) {
                if ("output_text".equals(content.get(j).path("type").asString(""))) {
                    whole(wholes, ends, textChannel(output, j), event, at + "/content/" + j + "/text");
                }
            }
        }
        if (item.path("arguments").isString()) whole(wholes, ends, argumentsChannel(output), event, at + "/arguments");
    }

    private void whole(List<Whole> wholes, Set<Channel> ends, Channel channel, JsonNode event, String pointer) {
        JsonNode text = event.at(pointer);
        if (!text.isString()) return;
        String full = text.asString();
        if (full.length() > channel.text.length() && full.startsWith(channel.text.toString())) {
            // text no delta carried: it joins the channel, to be checked before this event goes out
            channel.text.append(full, channel.text.length(), full.length());
            channel.finished = false;
        }
        wholes.add(new Whole(channel, pointer));
        ends.add(channel);
    }

    private void remember(JsonNode response) {
        if (!(response instanceof ObjectNode r)) return;
        lastResponse = r;
        if (r.path("id").isString()) lastId = r.path("id").asString();
        if (r.path("model").isString()) model = r.path("model").asString();
    }

    private Channel textChannel(int output, int part) {
        choices.add(output);
        return channels.computeIfAbsent("o" + output + ":" + part,
                k -> new Channel(output, -1 - part, "/output/" + output + "/content/" + part + "/text"));
    }

    private Channel argumentsChannel(int output) {
        choices.add(output);
        return channels.computeIfAbsent("o" + output + ":arguments", k -> new Channel(output, 0, "/output/" + output + "/arguments"));
    }

    private void append(List<Piece> pieces, Channel channel, JsonNode text, String pointer) {
        if (text == null || !text.isString() || text.asString().isEmpty()) return;
        int start = channel.text.length();
        channel.text.append(text.asString());
        pieces.add(new Piece(channel, start, channel.text.length(), pointer));
        if (!restore.isEmpty()) channel.findPlaceholders(restore);
    }

    private Channel channel(int choice, int tool) {
        return channels.computeIfAbsent(choice + ":" + tool, k -> new Channel(choice, tool, tool < 0 ? "/choices/" + choice + "/message/content"
                : "/choices/" + choice + "/message/tool_calls/" + tool + "/function/arguments"));
    }

    // ---- checking ---------------------------------------------------------------------------------------------

    /** Checks the choice's texts for the last time, before its finish event can go out. */
    private void finish(int choice) {
        if (!finishedChoices.add(choice)) return;
        List<Channel> of = new ArrayList<>();
        for (Channel c : channels.values()) if (c.choice == choice) of.add(c);
        finishChannels(of);
    }

    /** Checks these texts for the last time (in full when longer than the window); no more text comes for them. */
    private void finishChannels(List<Channel> list) {
        List<Channel> open = new ArrayList<>();
        boolean whole = false;
        for (Channel c : list) {
            if (c.finished) continue;
            c.finished = true;
            c.pendingOpen = -1; // no more text: an open bracket is just a bracket
            open.add(c);
            whole |= c.text.length() > window.window();
        }
        if (!open.isEmpty()) check(open, whole);
    }

    private List<String> finishAll() {
        for (int choice : new ArrayList<>(choices)) {
            finish(choice);
            if (cut) return new ArrayList<>();
        }
        finishChannels(List.copyOf(channels.values())); // any text that joined a finished choice since (Responses API)
        if (cut) return new ArrayList<>();
        return release(true);
    }

    /** Runs the policy over each channel's window (or whole text) and applies the decision. */
    private void check(List<Channel> list, boolean whole) {
        List<TextSegment> segments = new ArrayList<>();
        Map<String, Integer> offsets = new LinkedHashMap<>();
        Map<String, Channel> bySegment = new LinkedHashMap<>();
        for (Channel c : list) {
            int from = whole ? 0 : Math.max(0, c.checkedTo - window.window());
            if (from >= c.text.length()) continue;
            segments.add(new TextSegment(c.segment, Direction.OUTPUT, TextRole.ASSISTANT, c.text.substring(from)));
            offsets.put(c.segment, from);
            bySegment.put(c.segment, c);
            c.checkedTo = c.text.length();
        }
        if (segments.isEmpty()) return;
        checks++;
        GuardEvaluator.Evaluation evaluation = scanner.apply(new GuardRequest(segments, context, attributes));
        PolicyDecision decision = evaluation.decision();
        if (decision.monitoredAction().moreRestrictiveThan(monitoredAction)) monitoredAction = decision.monitoredAction();
        if (decision.action().moreRestrictiveThan(action)) {
            action = decision.action();
            decidedBy = decision.decidedBy();
        }
        List<LocatedFinding> located = new ArrayList<>();
        for (LocatedFinding lf : evaluation.report().findings()) {
            int offset = offsets.getOrDefault(lf.segment(), 0);
            Finding f = lf.finding();
            Finding absolute = new Finding(f.detector(), f.type(), f.start() + offset, f.end() + offset, f.confidence(), f.reason());
            LocatedFinding a = new LocatedFinding(lf.segment(), lf.direction(), lf.role(), absolute);
            findings.putIfAbsent(lf.segment() + "|" + f.detector() + "|" + f.type() + "|" + absolute.start() + "|" + absolute.end(), a);
            located.add(a);
        }
        if (decision.action() == Action.BLOCK) {
            cut = true;
            onDecisive.accept(evaluation);
        } else if (decision.action() == Action.REDACT) {
            if (!auditedRedaction) {
                auditedRedaction = true;
                onDecisive.accept(evaluation);
            }
            for (LocatedFinding lf : located) {
                Finding f = lf.finding();
                if (Redactions.REDACTABLE_DETECTORS.contains(f.detector()) && f.confidence() >= Redactions.MIN_CONFIDENCE && f.length() > 0) {
                    Channel c = bySegment.get(lf.segment());
                    if (c != null && !c.redact(f.start(), f.end(), f.type())) leakedRedactions++;
                }
            }
        }
    }

    // ---- releasing --------------------------------------------------------------------------------------------

    /** Sends every held event, from the oldest, that may go out; stops at the first that may not. */
    private List<String> release(boolean all) {
        List<String> out = new ArrayList<>();
        while (!held.isEmpty() && (all || releasable(held.peekFirst()))) {
            out.add(render(held.pollFirst()));
        }
        return out;
    }

    private boolean releasable(Held event) {
        for (Piece p : event.pieces()) {
            if (p.end() > p.channel().releasableTo(window.holdBack())) return false;
        }
        return true;
    }

    private String render(Held event) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (Piece p : event.pieces()) {
            String original = p.channel().text.substring(p.start(), p.end());
            String text = p.channel().rewrite(p.start(), p.end(), this::session);
            p.channel().sent.append(text);
            p.channel().releasedTo = p.end();
            if (!text.equals(original)) changed.put(p.pointer(), text);
        }
        for (Whole w : event.wholes()) {
            String text = w.channel().rewrite(0, w.channel().text.length(), this::session);
            if (!text.equals(event.json().at(w.pointer()).asString())) changed.put(w.pointer(), text);
        }
        finishSent.addAll(event.finishes());
        if (changed.isEmpty()) return event.data();
        return json.writeValueAsString(JsonTexts.replace(event.json(), changed));
    }

    private RedactionSession session() {
        if (session == null) session = sessions.get();
        return session;
    }

    private Step cutStep(List<String> before) {
        held.clear();
        List<String> out = new ArrayList<>(before);
        if (endpoint == GatewayEndpoint.RESPONSES) {
            out.add(json.writeValueAsString(filteredResponse()));
            return new Step(Verdict.CUT, out);
        }
        for (int choice : new TreeSet<>(choices)) {
            if (!finishSent.contains(choice)) out.add(json.writeValueAsString(filteredFinish(choice)));
        }
        out.add(DONE);
        return new Step(Verdict.CUT, out);
    }

    /**
     * The end of a cut Responses API stream: {@code response.incomplete} with {@code incomplete_details.reason:
     * "content_filter"} (the API's own value for filtered output), the response as last announced with no output
     * items (what was sent is in the deltas before it).
     */
    private ObjectNode filteredResponse() {
        ObjectNode response = lastResponse != null ? lastResponse.deepCopy()
                : json.createObjectNode().put("id", lastId).put("object", "response").put("model", model);
        response.put("status", "incomplete");
        response.putObject("incomplete_details").put("reason", "content_filter");
        response.putArray("output");
        response.remove("usage");
        ObjectNode event = json.createObjectNode().put("type", "response.incomplete").put("sequence_number", sequence + 1);
        event.set("response", response);
        return event;
    }

    private ObjectNode filteredFinish(int choice) {
        ObjectNode chunk = json.createObjectNode();
        chunk.put("id", lastId);
        chunk.put("object", endpoint == GatewayEndpoint.CHAT_COMPLETIONS ? "chat.completion.chunk" : "text_completion");
        chunk.put("created", created);
        chunk.put("model", model);
        ObjectNode c = chunk.putArray("choices").addObject();
        c.put("index", choice);
        if (endpoint == GatewayEndpoint.CHAT_COMPLETIONS) {
            c.putObject("delta");
        } else {
            c.put("text", "");
            c.putNull("logprobs");
        }
        c.put("finish_reason", "content_filter");
        return chunk;
    }

    /** One text of one choice: the content, or one tool call's arguments. */
    private static final class Channel {
        final int choice;
        final int tool;
        final String segment;
        final StringBuilder text = new StringBuilder();
        final StringBuilder sent = new StringBuilder();
        /** Start → rewrite, non-overlapping. */
        final TreeMap<Integer, Rewrite> rewrites = new TreeMap<>();
        int checkedTo;
        int releasedTo;
        int placeholderFrom;
        int pendingOpen = -1;
        boolean finished;

        /** @param tool a tool call's index (chat), 0 for a function call's arguments (Responses API), negative for text */
        Channel(int choice, int tool, String segment) {
            this.choice = choice;
            this.tool = tool;
            this.segment = segment;
        }

        int releasableTo(int holdBack) {
            int limit = finished ? checkedTo : checkedTo - holdBack;
            return pendingOpen >= 0 ? Math.min(limit, pendingOpen) : limit;
        }

        /** Schedules the unsent part of [start, end) for redaction; false when some of it was already sent. */
        boolean redact(int start, int end, String type) {
            Map.Entry<Integer, Rewrite> covering = rewrites.floorEntry(start);
            boolean whole = start >= releasedTo // or its sent part went out redacted (found again by a later window)
                    || covering != null && covering.getValue().type() != null && covering.getValue().end() >= Math.min(end, releasedTo);
            start = Math.max(start, releasedTo);
            if (start >= end) return false;
            add(new Rewrite(start, end, type, null));
            return whole;
        }

        void findPlaceholders(Map<String, String> restore) {
            pendingOpen = -1;
            int open = text.indexOf("[", Math.max(placeholderFrom, releasedTo));
            while (open >= 0) {
                String s = text.substring(open, Math.min(text.length(), open + PseudonymRestorer.MAX_PLACEHOLDER));
                int close = PseudonymRestorer.closing(s, 0);
                if (close < 0) {
                    if (s.length() < PseudonymRestorer.MAX_PLACEHOLDER && s.indexOf('[', 1) < 0 && s.chars().noneMatch(Character::isWhitespace)) {
                        pendingOpen = open; // may still become a placeholder: wait for more text
                        placeholderFrom = open;
                        return;
                    }
                } else {
                    String value = restore.get(s.substring(0, close + 1));
                    if (value != null) add(new Rewrite(open, open + close + 1, null, value));
                }
                open = text.indexOf("[", open + 1);
            }
            placeholderFrom = text.length();
        }

        private void add(Rewrite r) {
            int start = r.start();
            int end = r.end();
            String type = r.type();
            String replacement = r.replacement();
            Map.Entry<Integer, Rewrite> before = rewrites.floorEntry(start);
            if (before != null && before.getValue().end() > start) {
                start = before.getKey();
                type = before.getValue().type() != null ? before.getValue().type() : type;
            }
            for (Rewrite o : List.copyOf(rewrites.subMap(start, true, end, false).values())) {
                end = Math.max(end, o.end());
                if (o.start() <= start && o.type() != null) type = o.type();
                rewrites.remove(o.start());
            }
            if (type != null) replacement = null; // a redaction wins over a restoration it overlaps
            rewrites.put(start, new Rewrite(start, end, type, replacement));
        }

        /** The text of [start, end) as it goes out: redactions and restorations applied. */
        String rewrite(int start, int end, Supplier<RedactionSession> session) {
            if (rewrites.isEmpty()) return text.substring(start, end);
            StringBuilder out = new StringBuilder(end - start);
            int at = start;
            Map.Entry<Integer, Rewrite> first = rewrites.floorEntry(start);
            Integer from = first != null && first.getValue().end() > start ? first.getKey() : Integer.valueOf(start);
            for (Rewrite r : rewrites.subMap(from, true, end, false).values()) {
                if (r.start() >= at) {
                    out.append(text, at, r.start());
                    out.append(r.replacement() != null ? r.replacement()
                            : session.get().replacement(r.type(), text.substring(r.start(), r.end())));
                }
                at = Math.min(end, Math.max(at, r.end()));
            }
            if (at < end) out.append(text, at, end);
            return out.toString();
        }
    }

    private record Rewrite(int start, int end, String type, String replacement) {
    }
}
