package io.trustplane.server.ingest;

import io.trustplane.core.trace.Span;
import io.trustplane.core.trace.SpanKind;
import io.trustplane.core.trace.SpanStatus;
import io.trustplane.core.validation.FieldError;
import io.trustplane.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses and validates a native trace-ingestion body, {@code {"spans":[{...}, ...]}}, in one streaming
 * pass.
 *
 * <p>Streaming (rather than binding to classes) does three things: input, output and attributes are kept
 * as the client's own JSON text, sliced from the body without being re-serialised; every field problem is
 * reported with its path ({@code spans[3].startTime}) instead of stopping at the first; and fields this
 * version does not know are kept in the span's attributes rather than rejected or dropped.
 */
public final class SpanBatchParser {
    static final int MAX_ERRORS = 100;
    static final int MAX_ID_LENGTH = 256;
    static final int MAX_NAME_LENGTH = 1024;
    static final int MAX_LABEL_LENGTH = 256;
    static final int MAX_TAGS = 64;

    private final JsonMapper json;
    private final int maxSpans;

    public SpanBatchParser(JsonMapper json, int maxSpans) {
        this.json = json;
        this.maxSpans = maxSpans;
    }

    /** Returns the batch's spans, or throws {@link ValidationException} listing every problem found. */
    public List<Span> parse(byte[] body) {
        List<FieldError> errors = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        boolean sawSpans = false;
        try (JsonParser p = json.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw invalid("The body must be a JSON object like {\"spans\":[...]}.",
                        List.of(new FieldError("$", "must be a JSON object with a \"spans\" array")));
            }
            String field;
            while ((field = p.nextName()) != null) {
                JsonToken value = p.nextToken();
                if (!"spans".equals(field)) {
                    p.skipChildren(); // envelope fields other than spans carry nothing yet
                    continue;
                }
                sawSpans = true;
                if (value != JsonToken.START_ARRAY) {
                    errors.add(new FieldError("spans", "must be an array of spans"));
                    p.skipChildren();
                    continue;
                }
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (index >= maxSpans) {
                        errors.add(new FieldError("spans", "at most " + maxSpans + " spans per request"));
                        p.skipChildren();
                        while (p.nextToken() != JsonToken.END_ARRAY) p.skipChildren();
                        break;
                    }
                    Span span = new SpanReader(p, body, "spans[" + index + "]", errors).read();
                    if (span != null) spans.add(span);
                    index++;
                }
            }
            if (p.nextToken() != null) {
                errors.add(new FieldError("$", "unexpected content after the JSON object"));
            }
        } catch (ValidationException e) {
            throw e;
        } catch (JacksonException e) {
            throw invalid("The body is not valid JSON: " + e.getOriginalMessage(),
                    List.of(new FieldError(pathOf(e), "malformed JSON at line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage())));
        }
        if (!sawSpans) {
            errors.add(new FieldError("spans", "is required"));
        } else if (errors.isEmpty() && spans.isEmpty()) {
            errors.add(new FieldError("spans", "must contain at least one span"));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.",
                    errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
        }
        return spans;
    }

    private static String pathOf(JacksonException e) {
        String path = e.getPathReference();
        return path == null || path.isBlank() ? "$" : path;
    }

    private static ValidationException invalid(String message, List<FieldError> errors) {
        return new ValidationException(message, errors);
    }

    /** Reads one span object; records problems in {@code errors} and returns null when there were any. */
    private final class SpanReader {
        private final JsonParser p;
        private final byte[] body;
        private final String path;
        private final List<FieldError> errors;
        private final int errorsBefore;
        private final Map<String, String> unknown = new LinkedHashMap<>();

        private String traceId, spanId, parentSpanId, name, statusMessage, errorText, model, provider;
        private String input, output, attributes, userId, sessionId;
        private SpanKind kind = SpanKind.OTHER;
        private SpanStatus status;
        private Instant startTime, endTime;
        private Long inputTokens, outputTokens, totalTokens;
        private Double cost;
        private List<String> tags = List.of();

        SpanReader(JsonParser p, byte[] body, String path, List<FieldError> errors) {
            this.p = p;
            this.body = body;
            this.path = path;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        Span read() {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                error("", "must be a span object");
                p.skipChildren();
                return null;
            }
            String field;
            while ((field = p.nextName()) != null) {
                JsonToken token = p.nextToken();
                switch (field) {
                    case "traceId" -> traceId = id(field, token, true);
                    case "spanId" -> spanId = id(field, token, true);
                    case "parentSpanId" -> parentSpanId = id(field, token, false);
                    case "name" -> name = text(field, token, MAX_NAME_LENGTH);
                    case "kind" -> kind = kind(token);
                    case "startTime" -> startTime = time(field, token);
                    case "endTime" -> endTime = time(field, token);
                    case "status" -> status = status(token);
                    case "statusMessage" -> statusMessage = text(field, token, Integer.MAX_VALUE);
                    case "error" -> errorText = text(field, token, Integer.MAX_VALUE);
                    case "model" -> model = text(field, token, MAX_LABEL_LENGTH);
                    case "provider" -> provider = text(field, token, MAX_LABEL_LENGTH);
                    case "input" -> input = rawJson(token);
                    case "output" -> output = rawJson(token);
                    case "inputTokens" -> inputTokens = count(field, token);
                    case "outputTokens" -> outputTokens = count(field, token);
                    case "totalTokens" -> totalTokens = count(field, token);
                    case "cost" -> cost = cost(token);
                    case "userId" -> userId = text(field, token, MAX_LABEL_LENGTH);
                    case "sessionId" -> sessionId = text(field, token, MAX_LABEL_LENGTH);
                    case "tags" -> tags = tags(token);
                    case "attributes" -> attributes = attributes(token);
                    default -> unknown.put(field, rawJson(token));
                }
            }
            if (traceId == null && !hasError("traceId")) error("traceId", "is required");
            if (spanId == null && !hasError("spanId")) error("spanId", "is required");
            if (name == null && !hasError("name")) error("name", "is required");
            if (startTime == null && !hasError("startTime")) error("startTime", "is required");
            if (spanId != null && spanId.equals(parentSpanId)) error("parentSpanId", "must differ from spanId");
            if (startTime != null && endTime != null && endTime.isBefore(startTime)) {
                error("endTime", "must not be before startTime");
            }
            if (errors.size() > errorsBefore) return null;
            if (statusMessage == null) statusMessage = errorText;
            if (status == null) status = errorText != null ? SpanStatus.ERROR : SpanStatus.UNSET;
            if (totalTokens == null && (inputTokens != null || outputTokens != null)) {
                totalTokens = (inputTokens == null ? 0 : inputTokens) + (outputTokens == null ? 0 : outputTokens);
            }
            return new Span(traceId, spanId, parentSpanId, name, kind, startTime, endTime, status, statusMessage,
                    model, provider, input, output, inputTokens, outputTokens, totalTokens, cost, userId, sessionId,
                    tags, mergedAttributes());
        }

        private String id(String field, JsonToken token, boolean required) {
            if (token == JsonToken.VALUE_NULL) {
                if (required) error(field, "is required");
                return null;
            }
            String value = text(field, token, MAX_ID_LENGTH);
            if (value != null && value.isBlank()) {
                error(field, "must not be blank");
                return null;
            }
            return value;
        }

        private String text(String field, JsonToken token, int maxLength) {
            if (token == JsonToken.VALUE_NULL) return null;
            if (token != JsonToken.VALUE_STRING) {
                error(field, "must be a string");
                p.skipChildren();
                return null;
            }
            String value = p.getString();
            if (value.length() > maxLength) {
                error(field, "must be at most " + maxLength + " characters");
                return null;
            }
            return value;
        }

        private SpanKind kind(JsonToken token) {
            String value = text("kind", token, MAX_LABEL_LENGTH);
            if (value == null) return SpanKind.OTHER;
            SpanKind parsed = SpanKind.fromWire(value);
            if (parsed == null) {
                error("kind", "must be one of " + wireNames(SpanKind.values()) + ", not \"" + value + "\"");
                return SpanKind.OTHER;
            }
            return parsed;
        }

        private SpanStatus status(JsonToken token) {
            String value = text("status", token, MAX_LABEL_LENGTH);
            if (value == null) return null;
            SpanStatus parsed = SpanStatus.fromWire(value);
            if (parsed == null) {
                error("status", "must be one of " + wireNames(SpanStatus.values()) + ", not \"" + value + "\"");
            }
            return parsed;
        }

        private Instant time(String field, JsonToken token) {
            String value = text(field, token, 64);
            if (value == null) return null;
            try {
                return Rfc3339.parse(value);
            } catch (DateTimeException e) {
                error(field, "must be an RFC 3339 date-time with offset, e.g. 2026-11-22T10:00:00.123Z");
                return null;
            }
        }

        private Long count(String field, JsonToken token) {
            if (token == JsonToken.VALUE_NULL) return null;
            if (token != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                error(field, "must be a non-negative integer");
                p.skipChildren();
                return null;
            }
            long value = p.getLongValue();
            if (value < 0) {
                error(field, "must be a non-negative integer");
                return null;
            }
            return value;
        }

        private Double cost(JsonToken token) {
            if (token == JsonToken.VALUE_NULL) return null;
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                error("cost", "must be a non-negative number");
                p.skipChildren();
                return null;
            }
            double value = p.getDoubleValue();
            if (!Double.isFinite(value) || value < 0) {
                error("cost", "must be a non-negative number");
                return null;
            }
            return value;
        }

        private List<String> tags(JsonToken token) {
            if (token == JsonToken.VALUE_NULL) return List.of();
            if (token != JsonToken.START_ARRAY) {
                error("tags", "must be an array of strings");
                p.skipChildren();
                return List.of();
            }
            List<String> values = new ArrayList<>();
            int i = 0;
            JsonToken item;
            while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                String tag = text("tags[" + i + "]", item, MAX_LABEL_LENGTH);
                if (item == JsonToken.VALUE_NULL) error("tags[" + i + "]", "must be a string");
                if (tag != null && !values.contains(tag)) values.add(tag);
                i++;
            }
            if (values.size() > MAX_TAGS) error("tags", "at most " + MAX_TAGS + " tags per span");
            return values;
        }

        private String attributes(JsonToken token) {
            if (token == JsonToken.VALUE_NULL) return null;
            if (token != JsonToken.START_OBJECT) {
                error("attributes", "must be a JSON object");
                p.skipChildren();
                return null;
            }
            return rawJson(token);
        }

        /** The value's JSON text: containers are sliced verbatim from the body, scalars re-encoded. */
        private String rawJson(JsonToken token) {
            return switch (token) {
                case VALUE_NULL -> null;
                case START_OBJECT, START_ARRAY -> {
                    int start = (int) p.currentTokenLocation().getByteOffset();
                    p.skipChildren();
                    int end = (int) p.currentLocation().getByteOffset();
                    yield new String(body, start, end - start, StandardCharsets.UTF_8);
                }
                case VALUE_STRING -> {
                    // Finishing the token moves the parser past the closing quote, so the literal can be
                    // sliced as it was sent (escapes included, still valid JSON).
                    int start = (int) p.currentTokenLocation().getByteOffset();
                    p.finishToken();
                    int end = (int) p.currentLocation().getByteOffset();
                    if (end > start + 1 && body[start] == '"' && body[end - 1] == '"') {
                        yield new String(body, start, end - start, StandardCharsets.UTF_8);
                    }
                    StringBuilder quoted = new StringBuilder(p.getStringLength() + 2).append('"');
                    JsonStringEncoder.getInstance().quoteAsString(p.getString(), quoted);
                    yield quoted.append('"').toString();
                }
                default -> p.getText(); // numbers and booleans are their own JSON text
            };
        }

        /** Unknown span fields are kept in attributes; an explicit attribute of the same name wins. */
        private String mergedAttributes() {
            if (unknown.isEmpty()) return attributes;
            ObjectNode merged = attributes == null ? json.createObjectNode() : (ObjectNode) json.readTree(attributes);
            unknown.forEach((key, raw) -> {
                if (!merged.has(key)) {
                    merged.set(key, raw == null ? json.getNodeFactory().nullNode() : json.readTree(raw));
                }
            });
            return json.writeValueAsString(merged);
        }

        private boolean hasError(String field) {
            String full = path + "." + field;
            for (int i = errorsBefore; i < errors.size(); i++) {
                if (errors.get(i).field().equals(full)) return true;
            }
            return false;
        }

        private void error(String field, String message) {
            errors.add(new FieldError(field.isEmpty() ? path : path + "." + field, message));
        }
    }

    private static String wireNames(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList().toString();
    }
}
