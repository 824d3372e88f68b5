package io.trustplane.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PredictionBodiesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<JsonNode> items(byte[] body, String field) {
        JsonNode root = JSON.readTree(body);
        assertThat(root.propertyNames()).containsExactly(field);
        List<JsonNode> items = new ArrayList<>();
        root.get(field).forEach(items::add);
        return items;
    }

    private static List<String> ids(byte[] body) {
        return items(body, "predictions").stream().map(p -> p.get("id").asString()).toList();
    }

    @Test
    void eachRequestCarriesBatchManyPredictionsWithIdsOfItsOwn() {
        PredictionBodies bodies = new PredictionBodies("run1", 3, 512, 20);
        Set<String> all = new HashSet<>();
        for (long sequence : new long[] {0, 1, 987_654_321}) {
            byte[] body = bodies.body(sequence);
            assertThat(body).hasSize(bodies.size());
            List<String> ids = ids(body);
            assertThat(ids).hasSize(512).doesNotHaveDuplicates();
            assertThat(ids.get(7)).isEqualTo(PredictionBodies.predictionId("run1", 3, sequence, 7));
            all.addAll(ids);
        }
        assertThat(all).hasSize(3 * 512); // nothing the server could deduplicate across requests
        assertThat(ids(new PredictionBodies("run1", 4, 1, 20).body(0)))
                .doesNotContainAnyElementsOf(ids(new PredictionBodies("run1", 3, 1, 20).body(0)));
        assertThat(PredictionBodies.predictionId("run1", 3, 42, 0)).isEqualTo("run1-c3-000000000042-00000");
    }

    @Test
    void aStampedRequestBufferCarriesTheSameBodyAsAFreshCopy() {
        PredictionBodies bodies = new PredictionBodies("run1", 2, 5, 20);
        byte[] head = "POST / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer request = bodies.request(head);
        bodies.stamp(request, head.length, 42);
        bodies.stamp(request, head.length, 43);
        byte[] sent = new byte[request.remaining()];
        request.get(sent);
        assertThat(sent).isEqualTo(ByteBuffer.allocate(sent.length).put(head).put(bodies.body(43)).array());
    }

    @Test
    void predictionsFollowTheRegisteredModel() {
        JsonNode model = JSON.readTree(PredictionBodies.modelJson(20));
        assertThat(model.get("name").asString()).isEqualTo(PredictionBodies.MODEL);
        assertThat(model.get("task").asString()).isEqualTo("binary_classification");
        JsonNode declared = model.get("features");
        assertThat(declared.size()).isEqualTo(20);
        List<String> protectedAttributes = new ArrayList<>();
        model.get("protectedAttributes").forEach(a -> protectedAttributes.add(a.asString()));
        assertThat(protectedAttributes).containsExactly(PredictionBodies.PROTECTED_ATTRIBUTE);

        Map<String, Integer> kinds = new HashMap<>();
        Set<String> channels = new HashSet<>();
        Set<String> labels = new HashSet<>();
        int missing = 0;
        for (JsonNode p : items(new PredictionBodies("r", 0, 512, 20).body(9), "predictions")) {
            assertThat(p.propertyNames()).containsExactlyInAnyOrder("id", "features", "prediction", "protected", "segments", "latencyMs");
            JsonNode features = p.get("features");
            assertThat(features.propertyNames()).containsExactlyInAnyOrderElementsOf(declared.propertyNames());
            for (String name : features.propertyNames()) {
                JsonNode value = features.get(name);
                if (value.isNull()) {
                    missing++;
                    continue;
                }
                String kind = declared.get(name).asString();
                // a declared numeric feature must be a number; a categorical one a string or boolean
                assertThat(kind.equals("numeric") ? value.isNumber() : value.isString() || value.isBoolean())
                        .as("%s = %s", name, value).isTrue();
                kinds.merge(kind, 1, Integer::sum);
            }
            String label = p.get("prediction").get("label").asString();
            double score = p.get("prediction").get("score").asDouble();
            assertThat(score).isBetween(0.0, 1.0);
            assertThat(label).isEqualTo(score >= 0.5 ? PredictionBodies.POSITIVE_CLASS : PredictionBodies.NEGATIVE_CLASS);
            labels.add(label);
            assertThat(p.get("protected").get(PredictionBodies.PROTECTED_ATTRIBUTE).asString()).isIn("f", "m", "x");
            channels.add(p.get("segments").get(PredictionBodies.SEGMENT_TAG).asString());
            assertThat(p.get("latencyMs").asDouble()).isPositive();
        }
        assertThat(kinds.get("numeric")).isGreaterThan(kinds.get("categorical"));
        assertThat(missing).isBetween(1, 100); // savings_balance is missing now and then
        assertThat(channels).containsExactlyInAnyOrder("web", "mobile", "branch");
        assertThat(labels).containsExactlyInAnyOrder(PredictionBodies.POSITIVE_CLASS, PredictionBodies.NEGATIVE_CLASS);
    }

    @Test
    void theFeatureCountIsAChoice() {
        assertThat(PredictionBodies.features(0)).isEmpty();
        assertThat(PredictionBodies.features(5)).extracting(PredictionBodies.Feature::name)
                .containsExactly("age", "income", "loan_amount", "loan_term_months", "credit_score");
        List<PredictionBodies.Feature> many = PredictionBodies.features(100);
        assertThat(many).hasSize(100).doesNotHaveDuplicates();
        assertThat(many.stream().filter(PredictionBodies.Feature::numeric).count()).isBetween(55L, 65L);
        JsonNode p = items(new PredictionBodies("r", 0, 2, 100).body(0), "predictions").get(1);
        assertThat(p.get("features").size()).isEqualTo(100);
        assertThat(JSON.readTree(PredictionBodies.modelJson(100)).get("features").size()).isEqualTo(100);
        assertThat(JSON.readTree("{" + PredictionBodies.featuresJson(3) + "}").get("features").size()).isEqualTo(3);
        assertThatThrownBy(() -> PredictionBodies.features(1001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void groundTruthNamesThePredictionsOfTheSameRequestOfTheSameRun() {
        List<JsonNode> outcomes = items(new GroundTruthBodies("run1", 3, 512).body(77), "groundTruth");
        List<String> predictionIds = ids(new PredictionBodies("run1", 3, 512, 20).body(77));
        assertThat(outcomes.stream().map(o -> o.get("predictionId").asString()).toList()).isEqualTo(predictionIds);
        List<JsonNode> predictions = items(new PredictionBodies("run1", 3, 512, 20).body(77), "predictions");
        int agree = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            assertThat(outcomes.get(i).propertyNames()).containsExactly("predictionId", "label");
            if (outcomes.get(i).get("label").asString().equals(predictions.get(i).get("prediction").get("label").asString())) agree++;
        }
        assertThat(agree / 512.0).isBetween(0.75, 0.95); // a realistic accuracy, not a perfect model
        assertThat(new GroundTruthBodies("run1", 3, 5).body(1)).isNotEqualTo(new GroundTruthBodies("run1", 3, 5).body(2));
    }

    @Test
    void endpointsMakeTheirBodies() {
        assertThat(Endpoint.of("predictions").bodies("r", 0, 3, 20)).isInstanceOf(PredictionBodies.class);
        assertThat(Endpoint.of("ground-truth").bodies("r", 0, 3, 20)).isInstanceOf(GroundTruthBodies.class);
        assertThat(Endpoint.PREDICTIONS.path).isEqualTo("/api/v1/models/bench-credit/versions/1.0.0/predictions");
        assertThat(Endpoint.GROUND_TRUTH.path).isEqualTo("/api/v1/models/bench-credit/ground-truth");
        assertThat(Endpoint.PREDICTIONS.needsModel()).isTrue();
        assertThat(Endpoint.TRACES.needsModel()).isFalse();
    }
}
