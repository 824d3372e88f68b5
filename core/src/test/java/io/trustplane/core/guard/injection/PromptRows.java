package io.trustplane.core.guard.injection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code prompts_train_dev.jsonl} with a minimal JSON parser (flat objects of strings,
 * numbers, booleans and null), so that neither core nor its tests need a JSON library.
 */
public final class PromptRows {
    public record Row(String text, boolean attack, String sourceSet, String split) {}

    private PromptRows() {}

    /** The default location, relative to the repository root or the core module. */
    public static Path defaultPath() {
        return io.trustplane.core.guard.DatasetFiles.find("prompts_train_dev.jsonl");
    }

    public static List<Row> read(Path path) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> m = parseFlat(line);
            rows.add(new Row(m.getOrDefault("text", ""), "attack".equals(m.get("label")), m.getOrDefault("source_set", "?"),
                    m.getOrDefault("split", "?")));
        }
        return rows;
    }

    /** The flat rows of a JSON Lines resource next to this class ({@code injection_probes.jsonl}, ...), blank lines skipped. */
    static List<Map<String, String>> resourceRows(String name) throws IOException {
        try (java.io.InputStream in = PromptRows.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    rows.add(parseFlat(line));
                }
            }
            return rows;
        }
    }

    static Map<String, String> parseFlat(String s) {
        Map<String, String> out = new HashMap<>();
        int[] pos = {skip(s, 0)};
        expect(s, pos, '{');
        while (true) {
            pos[0] = skip(s, pos[0]);
            if (s.charAt(pos[0]) == '}') {
                break;
            }
            String key = string(s, pos);
            pos[0] = skip(s, pos[0]);
            expect(s, pos, ':');
            pos[0] = skip(s, pos[0]);
            String value;
            char c = s.charAt(pos[0]);
            if (c == '"') {
                value = string(s, pos);
            } else if (c == '{' || c == '[') {
                int depth = 0;
                int start = pos[0];
                boolean inStr = false;
                for (; ; pos[0]++) {
                    char x = s.charAt(pos[0]);
                    if (inStr) {
                        if (x == '\\') {
                            pos[0]++;
                        } else if (x == '"') {
                            inStr = false;
                        }
                    } else if (x == '"') {
                        inStr = true;
                    } else if (x == '{' || x == '[') {
                        depth++;
                    } else if (x == '}' || x == ']') {
                        if (--depth == 0) {
                            pos[0]++;
                            break;
                        }
                    }
                }
                value = s.substring(start, pos[0]);
            } else {
                int start = pos[0];
                while (pos[0] < s.length() && ",} \t".indexOf(s.charAt(pos[0])) < 0) {
                    pos[0]++;
                }
                value = s.substring(start, pos[0]);
            }
            out.put(key, value);
            pos[0] = skip(s, pos[0]);
            if (s.charAt(pos[0]) == ',') {
                pos[0]++;
            }
        }
        return out;
    }

    private static int skip(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void expect(String s, int[] pos, char c) {
        if (s.charAt(pos[0]) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + pos[0]);
        }
        pos[0]++;
    }

    private static String string(String s, int[] pos) {
        expect(s, pos, '"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = s.charAt(pos[0]++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(pos[0]++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(pos[0], pos[0] + 4), 16));
                    pos[0] += 4;
                }
                default -> sb.append(e);
            }
        }
    }
}
