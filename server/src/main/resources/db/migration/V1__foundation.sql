-- Foundation schema: tenancy, API keys, spans, event-log consumer offsets.
-- Times are UTC TIMESTAMPs (microseconds). JSON documents are stored as VARCHAR text.

CREATE TABLE organizations (
    id          UUID PRIMARY KEY,
    name        VARCHAR NOT NULL UNIQUE,
    created_at  TIMESTAMP NOT NULL
);

CREATE TABLE projects (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organizations (id),
    name             VARCHAR NOT NULL,
    created_at       TIMESTAMP NOT NULL,
    UNIQUE (organization_id, name)
);

-- Project keys have project_id set; the admin credential has scope 'admin' and no project.
CREATE TABLE api_keys (
    id            UUID PRIMARY KEY,
    project_id    UUID REFERENCES projects (id),
    scope         VARCHAR NOT NULL,          -- 'project' | 'admin'
    name          VARCHAR NOT NULL,
    prefix        VARCHAR NOT NULL,          -- visible part, e.g. tpk_3f9a1c2b
    key_hash      VARCHAR NOT NULL UNIQUE,   -- hex SHA-256 of the whole key; the key itself is never stored
    created_at    TIMESTAMP NOT NULL,
    last_used_at  TIMESTAMP,
    revoked_at    TIMESTAMP
);

-- One row per span. span_key = UUID.nameUUIDFromBytes(project_id | trace_id | span_id): a fixed-width
-- primary key that makes re-sent spans idempotent (INSERT OR IGNORE) and indexes far faster than a
-- composite VARCHAR key in DuckDB.
CREATE TABLE spans (
    span_key         UUID PRIMARY KEY,
    project_id       UUID NOT NULL,
    trace_id         VARCHAR NOT NULL,
    span_id          VARCHAR NOT NULL,
    parent_span_id   VARCHAR,
    name             VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL,       -- llm | tool | retrieval | agent | chain | other
    start_time       TIMESTAMP NOT NULL,
    end_time         TIMESTAMP,
    duration_ms      DOUBLE,
    status           VARCHAR NOT NULL,       -- unset | ok | error
    status_message   VARCHAR,
    model            VARCHAR,
    provider         VARCHAR,
    input            VARCHAR,                -- JSON text: a string or chat messages
    output           VARCHAR,                -- JSON text
    input_tokens     BIGINT,
    output_tokens    BIGINT,
    total_tokens     BIGINT,
    cost             DOUBLE,
    user_id          VARCHAR,
    session_id       VARCHAR,
    tags             VARCHAR[],
    attributes       VARCHAR,                -- JSON object text
    received_at      TIMESTAMP NOT NULL
);

-- How far each consumer of the event log has processed it; updated in the same transaction as the
-- consumer's own writes, so a restart resumes exactly where the last commit left off.
CREATE TABLE log_consumer_offsets (
    consumer    VARCHAR PRIMARY KEY,
    log_offset  BIGINT NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);
