package io.trustplane.bench;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Ground-truth bodies ({@code POST /api/v1/models/{model}/ground-truth}) for the predictions of {@link PredictionBodies}:
 * request {@code n} of connection {@code c} under run id {@code r} carries the outcome of every prediction that request
 * {@code n} of connection {@code c} logged under the same run id, so a ground-truth run with the run id of an earlier
 * prediction run joins its predictions one for one (requests beyond what the prediction run sent find no prediction;
 * the server keeps them until one arrives). The outcome agrees with the predicted label for about 85% of the rows.
 */
final class GroundTruthBodies extends NumberedIdBodies {
    static final String PATH = "/api/v1/models/" + PredictionBodies.MODEL + "/ground-truth";
    static final double AGREEMENT = 0.85;

    GroundTruthBodies(String runId, int connection, int itemsPerRequest) {
        super(render(templateId(runId, connection), itemsPerRequest), idPrefix(runId, connection));
    }

    /** The observed outcome of prediction {@code index} of every batch. */
    static String label(int index) {
        boolean agrees = new SplittableRandom(0xACE0_0000L + index).nextDouble() < AGREEMENT;
        return PredictionBodies.approved(index) == agrees ? PredictionBodies.POSITIVE_CLASS : PredictionBodies.NEGATIVE_CLASS;
    }

    private static byte[] render(String idStem, int items) {
        StringBuilder json = new StringBuilder(items * 80).append("{\"groundTruth\":[");
        for (int i = 0; i < items; i++) {
            if (i > 0) json.append(',');
            json.append("{\"predictionId\":\"").append(idStem).append(PredictionBodies.suffix(i))
                    .append("\",\"label\":\"").append(label(i)).append("\"}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
