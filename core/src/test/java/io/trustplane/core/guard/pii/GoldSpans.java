package io.trustplane.core.guard.pii;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The labelled spans of a row of ../shared/datasets/pii_train_dev.jsonl, for the dev evaluation and the name
 * tagger's trainer. The file counts offsets in code points; these are {@code char} offsets into the row's text,
 * as the detectors report them.
 */
final class GoldSpans {
    /** One labelled span, with the data set's entity type ("PERSON", "GPE", "US_DRIVER_LICENSE", ...). */
    record Gold(int start, int end, String entityType) {}

    private GoldSpans() {}

    static List<Gold> of(JsonNode row, String text) {
        List<Gold> spans = new ArrayList<>();
        for (JsonNode s : row.path("spans")) {
            spans.add(new Gold(text.offsetByCodePoints(0, s.get("start").asInt()), text.offsetByCodePoints(0, s.get("end").asInt()),
                    s.get("entity_type").asString()));
        }
        return spans;
    }
}
