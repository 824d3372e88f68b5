package io.trustplane.server.monitoring.predictions;

import io.trustplane.server.ingest.DurableAppender;
import io.trustplane.server.monitoring.MonitoringProperties;
import io.trustplane.server.monitoring.registry.Model;
import io.trustplane.server.monitoring.registry.ModelService;
import io.trustplane.server.monitoring.registry.ModelVersion;
import io.trustplane.server.web.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accepts predictions and ground truth the way traces are accepted: refuse (503) while the prediction projector lags
 * too far, validate the whole batch against the registry, append one record to the event log, and answer only once
 * it is durable. The rows reach the store shortly after through {@link PredictionProjector}.
 */
@Service
public class PredictionIngestService {
    private final ModelService models;
    private final DurableAppender appender;
    private final PredictionProjector projector;
    private final PredictionParser predictionParser;
    private final GroundTruthParser groundTruthParser;

    public PredictionIngestService(ModelService models, DurableAppender appender, PredictionProjector projector, JsonMapper json,
                                   MonitoringProperties limits) {
        this.models = models;
        this.appender = appender;
        this.projector = projector;
        this.predictionParser = new PredictionParser(json, limits);
        this.groundTruthParser = new GroundTruthParser(json, limits);
    }

    /** Logs a batch of predictions of one model version; returns how many were accepted. */
    public int predictions(UUID projectId, String modelName, String versionName, byte[] body) {
        appender.refuseWhenLagging(projector::projectedOffset);
        Model model = accepting(projectId, modelName);
        ModelVersion version = models.version(projectId, model, versionName);
        Instant receivedAt = Instant.now();
        List<LoggedPrediction> predictions = predictionParser.parse(body, model, receivedAt);
        appender.append(PredictionCodec.encode(new PredictionBatch(projectId, model.id(), version.id(), receivedAt, predictions)));
        return predictions.size();
    }

    /** Logs ground truth by prediction id for a model (any of its versions); returns how many items were accepted. */
    public int groundTruth(UUID projectId, String modelName, byte[] body) {
        appender.refuseWhenLagging(projector::projectedOffset);
        Model model = accepting(projectId, modelName);
        Instant receivedAt = Instant.now();
        List<LoggedOutcome> outcomes = groundTruthParser.parse(body, model, receivedAt);
        appender.append(GroundTruthCodec.encode(new GroundTruthBatch(projectId, model.id(), receivedAt, outcomes)));
        return outcomes.size();
    }

    private Model accepting(UUID projectId, String modelName) {
        Model model = models.get(projectId, modelName);
        if (model.archived()) {
            throw ApiException.conflict("Model '" + model.name() + "' is archived and takes no new data; restore it with "
                    + "PATCH /api/v1/models/" + model.name() + " {\"archived\": false}.");
        }
        return model;
    }
}
