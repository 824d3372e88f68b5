-- Model monitoring: the model registry, and the predictions and ground truth logged against it (docs/MONITORING.md).
-- No foreign keys: DuckDB refuses updates of rows that others reference, and the registry keeps every row it
-- ever had (models are archived, never deleted), so a reference cannot dangle.

-- A model of a project. name_key is the lower-cased name: names are unique per project regardless of case,
-- and the API finds a model by its name in any case.
CREATE TABLE models (
    id                    UUID PRIMARY KEY,
    project_id            UUID NOT NULL,
    name                  VARCHAR NOT NULL,
    name_key              VARCHAR NOT NULL,
    task                  VARCHAR NOT NULL,      -- binary_classification | multiclass_classification | regression
    positive_class        VARCHAR,               -- binary classification: the favourable class label
    description           VARCHAR,
    features              VARCHAR NOT NULL,      -- JSON object: declared feature name -> numeric | categorical
    protected_attributes  VARCHAR NOT NULL,      -- JSON array of declared protected attribute names
    card                  VARCHAR NOT NULL,      -- JSON object: the model card
    archived              BOOLEAN NOT NULL,
    created_at            TIMESTAMP NOT NULL,
    updated_at            TIMESTAMP NOT NULL,
    UNIQUE (project_id, name_key)
);

-- A version of a model, in one lifecycle stage at a time.
CREATE TABLE model_versions (
    id                UUID PRIMARY KEY,
    project_id        UUID NOT NULL,
    model_id          UUID NOT NULL,
    version           VARCHAR NOT NULL,
    version_key       VARCHAR NOT NULL,          -- lower-cased version: unique per model regardless of case
    stage             VARCHAR NOT NULL,          -- development | staging | canary | production | retired
    endpoints         VARCHAR NOT NULL,          -- JSON array of {"name", "url"}
    notes             VARCHAR,
    created_at        TIMESTAMP NOT NULL,
    updated_at        TIMESTAMP NOT NULL,
    stage_changed_at  TIMESTAMP NOT NULL,
    UNIQUE (model_id, version_key)
);

-- One row per logged prediction. prediction_key is of (project, model version, prediction id), so a retried batch
-- is stored once (INSERT OR IGNORE, the first copy wins); outcome_key is of (project, model, prediction id), the key
-- its ground truth is stored under, so ground truth joins the prediction of every version that made one.
CREATE TABLE predictions (
    prediction_key   UUID PRIMARY KEY,
    outcome_key      UUID NOT NULL,
    project_id       UUID NOT NULL,
    model_id         UUID NOT NULL,
    version_id       UUID NOT NULL,
    prediction_id    VARCHAR NOT NULL,
    prediction_time  TIMESTAMP NOT NULL,
    features         VARCHAR NOT NULL,           -- JSON object: name -> number | string | boolean | null
    label            VARCHAR,                    -- classification: the predicted class
    score            DOUBLE,                     -- binary classification: the positive class's score
    probabilities    VARCHAR,                    -- JSON object: class -> probability
    value            DOUBLE,                     -- regression: the predicted number
    protected_attrs  VARCHAR NOT NULL,           -- JSON object: attribute -> value
    segments         VARCHAR NOT NULL,           -- JSON object: tag -> value
    latency_ms       DOUBLE,
    error            VARCHAR,                    -- set when the model call failed
    received_at      TIMESTAMP NOT NULL
);

-- The observed outcome of a prediction id of a model: stored once, the first copy wins.
CREATE TABLE ground_truth (
    outcome_key    UUID PRIMARY KEY,
    project_id     UUID NOT NULL,
    model_id       UUID NOT NULL,
    prediction_id  VARCHAR NOT NULL,
    label          VARCHAR,                      -- classification: the true class
    value          DOUBLE,                       -- regression: the true number
    outcome_time   TIMESTAMP NOT NULL,
    received_at    TIMESTAMP NOT NULL
);
