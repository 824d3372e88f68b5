package io.trustplane.core.guard.policy;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelStandardMacro;
import io.trustplane.core.guard.DetectorSummary;
import io.trustplane.core.guard.GuardReport;
import io.trustplane.core.guard.LocatedFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The variables a policy rule's CEL expression can use, and how a {@link GuardReport} becomes them.
 *
 * <ul>
 *   <li>{@code scores} — {@code map(string, double)}: each detector's highest score, e.g.
 *       {@code scores.injection > 0.8}. Every known detector has an entry (0.0 when it found nothing or
 *       did not run), so rules never fail on a missing key.
 *   <li>{@code flagged} — {@code map(string, bool)}: whether a detector reached its threshold.
 *   <li>{@code findings} — {@code list(map(string, dyn))}: every finding with keys {@code detector},
 *       {@code type}, {@code confidence}, {@code segment}, {@code direction} ({@code "input"} or
 *       {@code "output"}), {@code role} and {@code length}; e.g.
 *       {@code findings.exists(f, f.type == 'CREDIT_CARD' && f.direction == 'output')}.
 *   <li>{@code types} — {@code list(string)}: the distinct finding types, e.g. {@code 'US_SSN' in types}.
 *   <li>{@code request} — {@code map(string, dyn)}: request context: {@code model}, {@code provider},
 *       {@code user}, {@code session}, {@code has_output}, and anything the caller added. Missing standard
 *       keys are empty strings; use {@code has(request.key)} for caller-defined ones.
 * </ul>
 *
 * <p>CEL was chosen because it is side-effect free, always terminates, and has linear cost in the size of
 * its input, so a user's policy cannot hang or harm the server.
 */
public final class PolicyEnvironment {
    /** The detectors a default server runs; listed so that {@code scores.x} never fails for them. */
    public static final List<String> KNOWN_DETECTORS = List.of("injection", "pii", "secrets", "output", "custom");
    private static final List<String> STANDARD_REQUEST_KEYS = List.of("model", "provider", "user", "session");

    private static final Cel CEL = CelFactory.standardCelBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("scores", MapType.create(SimpleType.STRING, SimpleType.DOUBLE))
            .addVar("flagged", MapType.create(SimpleType.STRING, SimpleType.BOOL))
            .addVar("findings", ListType.create(MapType.create(SimpleType.STRING, SimpleType.DYN)))
            .addVar("types", ListType.create(SimpleType.STRING))
            .addVar("request", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .setResultType(SimpleType.BOOL)
            .build();

    private PolicyEnvironment() {
    }

    static Cel cel() {
        return CEL;
    }

    /** The CEL activation for one request. */
    public static Map<String, Object> activation(GuardReport report, Map<String, Object> requestAttributes, boolean hasOutput) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Boolean> flagged = new LinkedHashMap<>();
        for (String name : KNOWN_DETECTORS) {
            scores.put(name, 0.0);
            flagged.put(name, false);
        }
        List<Map<String, Object>> findings = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        for (DetectorSummary d : report.detectors()) {
            scores.put(d.detector(), d.score());
            flagged.put(d.detector(), d.flagged());
            for (LocatedFinding lf : d.findings()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("detector", lf.finding().detector());
                f.put("type", lf.finding().type());
                f.put("confidence", lf.finding().confidence());
                f.put("segment", lf.segment());
                f.put("direction", lf.direction().name().toLowerCase(Locale.ROOT));
                f.put("role", lf.role().name().toLowerCase(Locale.ROOT));
                f.put("length", (long) lf.finding().length());
                findings.add(f);
                types.add(lf.finding().type());
            }
        }
        Map<String, Object> request = new LinkedHashMap<>();
        for (String key : STANDARD_REQUEST_KEYS) {
            request.put(key, "");
        }
        requestAttributes.forEach((k, v) -> {
            Object value = celValue(v);
            if (value != null) {
                request.put(k, value);
            }
        });
        request.put("has_output", hasOutput);
        return Map.of("scores", scores, "flagged", flagged, "findings", findings, "types", List.copyOf(types),
                "request", request);
    }

    /** CEL's runtime knows long, double, string, bool, lists and maps; JSON-ish values are converted. */
    private static Object celValue(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object o : list) {
                Object c = celValue(o);
                if (c != null) {
                    out.add(c);
                }
            }
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, val) -> {
                Object c = celValue(val);
                if (c != null) {
                    out.put(String.valueOf(k), c);
                }
            });
            return out;
        }
        if (v instanceof Long || v instanceof Double || v instanceof String || v instanceof Boolean) {
            return v;
        }
        return v.toString();
    }
}
