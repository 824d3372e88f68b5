package io.trustplane.server.ingest;

import io.trustplane.server.store.SqlTime;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Joins span contents that arrived apart from their spans (OTLP log events) to the spans, inside the projector's
 * transaction. Contents are kept in {@code span_log_content}; whenever new contents or new spans meet, the span's
 * input (output) is recomposed from all its input (output) messages in time order — but only where the span has none
 * of its own — its evaluations are listed under {@code genai.evaluationsFromLogs} in its attributes, and the finish
 * reasons of composed output messages under {@code genai.finishReasons} when the span named none. Order of
 * arrival does not matter, and a retried export changes nothing (contents are keyed by what they hold).
 */
final class SpanContentJoin {
    /** Most messages composed into one side of a span; beyond this the earliest are kept. */
    static final int MAX_MESSAGES = 1000;

    private final JsonMapper json;

    SpanContentJoin(JsonMapper json) {
        this.json = json;
    }

    static void prepare(DuckDBConnection duck) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS span_content_staging AS SELECT * FROM span_log_content LIMIT 0");
        }
    }

    static DuckDBAppender appender(DuckDBConnection duck) throws SQLException {
        return duck.createAppender("temp", "main", "span_content_staging");
    }

    /** Stages one record's contents; {@code recordOffset} orders contents that share a time. */
    static int stage(DuckDBAppender a, SpanContentBatch batch, long recordOffset) throws SQLException {
        int i = 0;
        for (SpanContent c : batch.contents()) {
            a.beginRow();
            a.append(contentKey(batch.projectId(), c));
            a.append(SpanProjector.spanKey(batch.projectId(), c.traceId(), c.spanId()));
            a.append(batch.projectId());
            a.append(c.traceId());
            a.append(c.spanId());
            a.append(c.side().name().toLowerCase(Locale.ROOT));
            a.append(SqlTime.toSql(c.time()));
            a.append(recordOffset * 65_536 + Math.min(i++, 65_535));
            a.append(c.json());
            a.append(SqlTime.toSql(batch.receivedAt()));
            a.endRow();
        }
        return i;
    }

    /**
     * Stores the staged contents and joins them, and any stored contents of the spans just inserted, to their spans.
     * Runs after the staged spans were inserted and before the span staging table is emptied.
     */
    void apply(DuckDBConnection duck) throws SQLException {
        List<UUID> affected = new ArrayList<>();
        try (Statement s = duck.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT span_key FROM span_content_staging UNION "
                    + "SELECT s.span_key FROM span_staging s WHERE EXISTS "
                    + "(SELECT 1 FROM span_log_content c WHERE c.span_key = s.span_key)")) {
                while (rs.next()) affected.add((UUID) rs.getObject(1));
            }
            s.execute("INSERT OR IGNORE INTO span_log_content SELECT DISTINCT ON (content_key) * FROM span_content_staging");
            s.execute("DELETE FROM span_content_staging");
        }
        for (UUID key : affected) join(duck, key);
    }

    private void join(DuckDBConnection duck, UUID key) throws SQLException {
        String input;
        String output;
        String attributes;
        try (PreparedStatement ps = duck.prepareStatement("SELECT input, output, attributes FROM spans WHERE span_key = ?")) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return; // the span has not arrived yet: joined when it does
                input = rs.getString(1);
                output = rs.getString(2);
                attributes = rs.getString(3);
            }
        }
        boolean inputMerged = false;
        boolean outputMerged = false;
        try (PreparedStatement ps = duck.prepareStatement("SELECT input, output FROM span_log_content_merged WHERE span_key = ?")) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    inputMerged = rs.getBoolean(1);
                    outputMerged = rs.getBoolean(2);
                }
            }
        }
        ArrayNode inputs = json.createArrayNode();
        ArrayNode outputs = json.createArrayNode();
        ArrayNode evaluations = json.createArrayNode();
        try (PreparedStatement ps = duck.prepareStatement(
                "SELECT side, content FROM span_log_content WHERE span_key = ? ORDER BY event_time, seq")) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ArrayNode target = switch (rs.getString(1)) {
                        case "input" -> inputs;
                        case "output" -> outputs;
                        default -> evaluations;
                    };
                    if (target.size() < MAX_MESSAGES) target.add(parse(rs.getString(2)));
                }
            }
        }
        boolean takeInput = !inputs.isEmpty() && (input == null || inputMerged);
        boolean takeOutput = !outputs.isEmpty() && (output == null || outputMerged);
        String newAttributes = evaluations.isEmpty() && !takeOutput ? attributes
                : withSummary(attributes, evaluations, takeOutput ? finishReasons(outputs) : null);
        try (PreparedStatement ps = duck.prepareStatement("UPDATE spans SET input = ?, output = ?, attributes = ? WHERE span_key = ?")) {
            ps.setString(1, takeInput ? json.writeValueAsString(inputs) : input);
            ps.setString(2, takeOutput ? json.writeValueAsString(outputs) : output);
            ps.setString(3, newAttributes);
            ps.setObject(4, key);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = duck.prepareStatement("INSERT INTO span_log_content_merged (span_key, input, output) VALUES (?, ?, ?) "
                + "ON CONFLICT (span_key) DO UPDATE SET input = excluded.input, output = excluded.output")) {
            ps.setObject(1, key);
            ps.setBoolean(2, takeInput || inputMerged);
            ps.setBoolean(3, takeOutput || outputMerged);
            ps.executeUpdate();
        }
    }

    /**
     * The span's {@code genai} summary with what the log events add: their evaluations, and the finish reasons of
     * output messages composed from them (the span's own mapping could not see those).
     */
    private String withSummary(String attributes, ArrayNode evaluations, ArrayNode finishReasons) {
        JsonNode parsed = attributes == null ? null : parse(attributes);
        ObjectNode object = parsed instanceof ObjectNode o ? o : json.createObjectNode();
        JsonNode genai = object.get("genai");
        ObjectNode summary = genai instanceof ObjectNode o ? o : object.putObject("genai");
        if (!evaluations.isEmpty()) summary.set("evaluationsFromLogs", evaluations);
        if (finishReasons != null && !finishReasons.isEmpty() && !summary.has("finishReasons")) {
            summary.set("finishReasons", finishReasons);
        }
        return json.writeValueAsString(object);
    }

    private ArrayNode finishReasons(ArrayNode outputs) {
        ArrayNode reasons = json.createArrayNode();
        for (JsonNode message : outputs) {
            JsonNode reason = message.get("finish_reason");
            if (reason != null && reason.isString()) reasons.add(reason.stringValue());
        }
        return reasons;
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            return json.getNodeFactory().stringNode(text); // stored as received; never lose it
        }
    }

    /**
     * Of everything a content holds, so the same content sent twice has one key: the first 128 bits of a SHA-256
     * (not a name-based MD5 UUID, whose collisions a client could craft to have its own contents dropped).
     */
    static UUID contentKey(UUID projectId, SpanContent c) {
        String identity = projectId + "|" + c.traceId() + "|" + c.spanId() + "|" + c.side() + "|" + c.time() + "|" + c.json();
        try {
            ByteBuffer hash = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
            return new UUID(hash.getLong(), hash.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
