package io.trustplane.cli;

import io.trustplane.core.guard.TextRole;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads detector datasets (JSON Lines); a malformed line is reported with its number and stops the run. */
final class DatasetReader {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DatasetReader() {
    }

    static List<DatasetRow> read(Path file, String split) throws IOException {
        List<DatasetRow> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JacksonException e) {
                    throw new IllegalArgumentException(file + ":" + number + ": not valid JSON: " + e.getOriginalMessage());
                }
                DatasetRow row = row(file, number, node);
                if (split.equals("all") || row.split() == null || row.split().equals(split)) rows.add(row);
            }
        }
        return rows;
    }

    private static DatasetRow row(Path file, int number, JsonNode node) {
        if (!node.isObject() || node.get("text") == null || !node.get("text").isString()) {
            throw new IllegalArgumentException(file + ":" + number + ": each line must be an object with a string 'text'");
        }
        String text = node.get("text").asString();
        List<DatasetRow.GoldSpan> spans = null;
        JsonNode spansNode = node.get("spans");
        if (spansNode != null && spansNode.isArray()) {
            spans = new ArrayList<>();
            for (JsonNode s : spansNode) {
                int start = DatasetRow.charIndex(text, s.path("start").asInt());
                int end = DatasetRow.charIndex(text, s.path("end").asInt());
                spans.add(new DatasetRow.GoldSpan(start, end, s.path("entity_type").asString("UNKNOWN")));
            }
        }
        String roleName = string(node, "role");
        TextRole role = roleName == null ? null : DatasetRow.role(roleName);
        if (roleName != null && role == null) {
            throw new IllegalArgumentException(file + ":" + number + ": 'role' must be one of " + DatasetRow.ROLES + ", not '"
                    + roleName + "'");
        }
        return new DatasetRow(number, text, string(node, "label"), string(node, "source_set"), string(node, "split"),
                string(node, "category"), spans, role);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
