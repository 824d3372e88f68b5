package io.trustplane.server.otlp.genai;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Typed, forgiving reads of OTLP attributes: a value of the wrong type reads as absent, never as an error.
 *
 * <p>Scalars are looked up in the record's own attributes, then in the fallback (the resource's). Indexed
 * families ({@code gen_ai.prompt.{i}.role}, {@code llm.input_messages.{i}.message.content}) are read from the
 * own attributes only, by {@link #indexed(String)}.
 */
final class Attributes {
    private final Map<String, AnyValue> own;
    private final Map<String, AnyValue> fallback;
    private final Work work;

    private Attributes(Map<String, AnyValue> own, Map<String, AnyValue> fallback, Work work) {
        this.own = own;
        this.fallback = fallback;
        this.work = work;
    }

    static Attributes of(List<KeyValue> own, List<KeyValue> fallback, Work work) {
        return new Attributes(toMap(own), toMap(fallback), work);
    }

    private static Map<String, AnyValue> toMap(List<KeyValue> values) {
        if (values == null || values.isEmpty()) return Map.of();
        Map<String, AnyValue> map = new LinkedHashMap<>();
        for (KeyValue kv : values) map.putIfAbsent(kv.getKey(), kv.getValue());
        return map;
    }

    AnyValue get(String key) {
        AnyValue value = own.get(key);
        if (value == null) value = fallback.get(key);
        if (value == null || value.getValueCase() == AnyValue.ValueCase.VALUE_NOT_SET) return null;
        return value;
    }

    boolean has(String key) {
        return get(key) != null;
    }

    /** A non-empty string, or an integer as its decimal text (ids are sometimes numbers). */
    String string(String key) {
        return string(get(key));
    }

    static String string(AnyValue value) {
        if (value == null) return null;
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue().isEmpty() ? null : value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            default -> null;
        };
    }

    /** A non-negative count: an integer, an integral double, or a decimal string. */
    Long count(String key) {
        AnyValue value = get(key);
        if (value == null) return null;
        Long n = switch (value.getValueCase()) {
            case INT_VALUE -> value.getIntValue();
            case DOUBLE_VALUE -> {
                double d = value.getDoubleValue();
                yield Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 9.0e15 ? (long) d : null;
            }
            case STRING_VALUE -> parseLong(value.getStringValue().strip());
            default -> null;
        };
        return n == null || n < 0 ? null : n;
    }

    private static Long parseLong(String s) {
        if (s.isEmpty() || s.length() > 18) return null;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return null;
        }
        return Long.parseLong(s);
    }

    /** A finite number: a double, an integer or a decimal string. */
    Double number(String key) {
        AnyValue value = get(key);
        if (value == null) return null;
        Double d = switch (value.getValueCase()) {
            case DOUBLE_VALUE -> value.getDoubleValue();
            case INT_VALUE -> (double) value.getIntValue();
            case STRING_VALUE -> {
                try {
                    yield Double.parseDouble(value.getStringValue().strip());
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            default -> null;
        };
        return d == null || !Double.isFinite(d) ? null : d;
    }

    /** A list of strings: an array (its string items), a JSON array text, or a single string. */
    List<String> strings(String key) {
        AnyValue value = get(key);
        if (value == null) return null;
        List<String> out = new ArrayList<>();
        if (value.getValueCase() == AnyValue.ValueCase.ARRAY_VALUE) {
            for (AnyValue item : value.getArrayValue().getValuesList()) addString(out, string(item));
        } else if (value.getValueCase() == AnyValue.ValueCase.STRING_VALUE) {
            JsonNode parsed = value.getStringValue().strip().startsWith("[") ? work.parse(value.getStringValue()) : null;
            if (parsed != null && parsed.isArray()) {
                for (JsonNode item : parsed) addString(out, item.isString() ? item.stringValue() : null);
            } else {
                addString(out, string(value));
            }
        }
        return out.isEmpty() ? null : out;
    }

    private void addString(List<String> out, String s) {
        if (s == null || s.isEmpty()) return;
        if (out.size() >= Work.MAX_LIST) {
            work.truncated();
            return;
        }
        out.add(s);
    }

    /** The value as JSON (structured values as they are, strings as JSON strings), or null. */
    JsonNode json(String key) {
        return work.toJson(get(key));
    }

    /** The value as JSON, with a string that holds a JSON object or array parsed. */
    JsonNode jsonOrString(String key) {
        return work.jsonOrString(get(key));
    }

    /** The own attributes whose key starts with {@code prefix}, keyed by the rest of the key. */
    Map<String, AnyValue> withPrefix(String prefix) {
        Map<String, AnyValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, AnyValue> e : own.entrySet()) {
            if (e.getKey().startsWith(prefix) && e.getKey().length() > prefix.length()) {
                out.put(e.getKey().substring(prefix.length()), e.getValue());
            }
        }
        return out;
    }

    /**
     * The indexed attribute family under {@code prefix}: {@code prefix + i + "." + rest} for each index {@code i},
     * grouped by index in ascending order, each group keyed by {@code rest} ({@code ""} when the key ends at the
     * index). Keys whose index is not a plain number up to {@link Work#MAX_INDEX} are ignored; at most
     * {@link Work#MAX_MESSAGES} indexes are kept (the lowest).
     */
    SortedMap<Integer, Attributes> indexed(String prefix) {
        TreeMap<Integer, Map<String, AnyValue>> groups = new TreeMap<>();
        for (Map.Entry<String, AnyValue> e : own.entrySet()) {
            String key = e.getKey();
            if (!key.startsWith(prefix)) continue;
            int start = prefix.length();
            int dot = key.indexOf('.', start);
            int end = dot < 0 ? key.length() : dot;
            Integer index = index(key, start, end);
            if (index == null) continue;
            if (!groups.containsKey(index) && groups.size() >= Work.MAX_MESSAGES) {
                work.truncated();
                if (index > groups.lastKey()) continue;
                groups.pollLastEntry();
            }
            groups.computeIfAbsent(index, i -> new LinkedHashMap<>()).put(dot < 0 ? "" : key.substring(dot + 1), e.getValue());
        }
        TreeMap<Integer, Attributes> out = new TreeMap<>();
        groups.forEach((i, values) -> out.put(i, new Attributes(values, Map.of(), work)));
        return out;
    }

    private static Integer index(String key, int start, int end) {
        if (end <= start || end - start > 6) return null;
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') return null;
            n = n * 10 + (c - '0');
        }
        return n > Work.MAX_INDEX ? null : n;
    }
}
