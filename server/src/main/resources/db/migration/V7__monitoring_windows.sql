-- Model monitoring aggregates (docs/MONITORING.md, "Windows"). The prediction projector keeps one row per model
-- version, hour of prediction time and segment up to date in the same transaction that stores the predictions and
-- ground truth it counts, so every API merges hourly rows and never rereads raw predictions.
CREATE TABLE monitoring_windows (
    version_id    UUID NOT NULL,
    window_start  TIMESTAMP NOT NULL,           -- the hour (UTC) the predictions were made in
    segment       VARCHAR NOT NULL,             -- '' for every prediction, else 'tag=value' from the predictions' segments
    predictions   BIGINT NOT NULL,
    errors        BIGINT NOT NULL,              -- predictions whose model call failed
    labelled      BIGINT NOT NULL,              -- predictions joined with ground truth (and scored)
    latency       BLOB,                         -- NumericProfile of latency_ms
    performance   BLOB,                         -- ClassificationAccumulator or RegressionAccumulator of labelled predictions
    fairness      BLOB,                         -- FairnessAccumulator per protected attribute
    features      BLOB,                         -- DatasetProfile of the features and the prediction (segment '' only)
    PRIMARY KEY (version_id, window_start, segment)
);

-- A model version's reference profile: what drift is measured against. Profiled once, from a date range of the
-- version's own hourly windows or from an uploaded dataset; replacing it is audited.
CREATE TABLE reference_profiles (
    version_id    UUID PRIMARY KEY,
    project_id    UUID NOT NULL,
    source        VARCHAR NOT NULL,             -- range | dataset
    source_version VARCHAR,                     -- range: the version whose windows were profiled
    range_from    TIMESTAMP,
    range_to      TIMESTAMP,
    rows          BIGINT NOT NULL,
    profile       BLOB NOT NULL,                -- DatasetProfile
    created_at    TIMESTAMP NOT NULL
);
