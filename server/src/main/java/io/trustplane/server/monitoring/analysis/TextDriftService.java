package io.trustplane.server.monitoring.analysis;

import io.trustplane.core.monitoring.drift.EmbeddingDrift;
import io.trustplane.embeddings.MiniLmEncoder;
import io.trustplane.server.store.SqlTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drift of an LLM application's inputs between two ranges of its traces: a deterministic sample of span inputs from
 * each range is embedded with the bundled all-MiniLM-L6-v2 model and compared by {@link EmbeddingDrift} (MMD with a
 * permutation test). The model is loaded on first use (about a second) and shared.
 */
@Service
public class TextDriftService {
    /** Characters of a span's input kept for embedding: the encoder reads its first and last tokens anyway. */
    static final int MAX_TEXT = 4000;
    /** The permutation test's seed: the same question gets the same answer. */
    static final long SEED = 0x7e57d21f7L;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private MiniLmEncoder encoder;

    public TextDriftService(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The input texts of up to {@code limit} spans started in {@code [from, to)}, sampled by span key (deterministic). */
    public List<String> sample(UUID projectId, Instant from, Instant to, String kind, int limit) {
        List<Object> args = new ArrayList<>(List.of(projectId, SqlTime.toSql(from), SqlTime.toSql(to)));
        String kindFilter = "";
        if (kind != null) {
            kindFilter = " AND kind = ?";
            args.add(kind);
        }
        args.add(limit);
        List<String> inputs = jdbc.queryForList("SELECT input FROM spans WHERE project_id = ? AND start_time >= ? AND start_time < ? "
                + "AND input IS NOT NULL" + kindFilter + " ORDER BY hash(span_key) LIMIT ?", String.class, args.toArray());
        List<String> texts = new ArrayList<>(inputs.size());
        for (String input : inputs) {
            String text = text(input);
            if (!text.isBlank()) texts.add(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        }
        return texts;
    }

    public EmbeddingDrift.Result compare(List<String> reference, List<String> current, int permutations, double alpha) {
        return EmbeddingDrift.test(embed(reference), embed(current), permutations, alpha, SEED);
    }

    private synchronized double[][] embed(List<String> texts) {
        if (encoder == null) encoder = new MiniLmEncoder();
        double[][] vectors = new double[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            float[] e = encoder.embed(texts.get(i));
            vectors[i] = new double[e.length];
            for (int k = 0; k < e.length; k++) vectors[i][k] = e[k];
        }
        return vectors;
    }

    /**
     * What a span's input says: a JSON string as is; chat messages as their user turns' text (all turns if none is a
     * user's), from string contents and text parts; anything else as its JSON text.
     */
    String text(String input) {
        JsonNode node;
        try {
            node = json.readTree(input);
        } catch (JacksonException e) {
            return input;
        }
        if (node.isString()) return node.stringValue();
        JsonNode messages = node.isObject() && node.has("messages") ? node.get("messages") : node;
        if (!messages.isArray()) return input;
        String user = joined(messages, true);
        return user.isBlank() ? joined(messages, false) : user;
    }

    private static String joined(JsonNode messages, boolean userOnly) {
        StringBuilder text = new StringBuilder();
        for (JsonNode m : messages) {
            if (userOnly && !"user".equals(m.path("role").asString(""))) continue;
            JsonNode content = m.has("content") ? m.get("content") : m.path("parts");
            if (content.isString()) {
                text.append(content.stringValue()).append('\n');
            } else if (content.isArray()) {
                for (JsonNode part : content) {
                    if (part.isString()) text.append(part.stringValue()).append('\n');
                    else if (part.path("text").isString()) text.append(part.get("text").stringValue()).append('\n');
                    else if (part.path("content").isString()) text.append(part.get("content").stringValue()).append('\n');
                }
            }
        }
        return text.toString().strip();
    }
}
