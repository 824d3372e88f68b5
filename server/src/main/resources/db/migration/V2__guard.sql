-- Guard engine: versioned per-project policies, and the results of scanning ingested spans.

-- Every save of a project's policy adds a version; the highest version is in force. The document is the
-- JSON the API accepted (rules, redaction mode, custom rules), kept verbatim.
CREATE TABLE guard_policies (
    project_id   UUID NOT NULL,
    version      INTEGER NOT NULL,
    document     VARCHAR NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    created_by   VARCHAR NOT NULL,          -- key prefix of the caller
    PRIMARY KEY (project_id, version)
);

-- One row per scanned span (same span_key as spans): the policy's decision for it.
CREATE TABLE guard_scans (
    span_key         UUID PRIMARY KEY,
    project_id       UUID NOT NULL,
    trace_id         VARCHAR NOT NULL,
    span_id          VARCHAR NOT NULL,
    span_start_time  TIMESTAMP NOT NULL,
    action           VARCHAR NOT NULL,       -- allow | flag | redact | block
    decided_by       VARCHAR NOT NULL,       -- rule id, or default:allow
    policy_version   INTEGER NOT NULL,
    scores           VARCHAR NOT NULL,       -- JSON object: detector -> highest score
    flagged          VARCHAR[] NOT NULL,     -- detectors that reached their threshold
    finding_count    INTEGER NOT NULL,
    scan_micros      BIGINT NOT NULL,
    scanned_at       TIMESTAMP NOT NULL
);

-- Findings of scanned spans. Offsets index the text the scanner extracted from the segment named by
-- `segment` (e.g. input.messages[1]); the matched value itself is never stored.
CREATE TABLE guard_findings (
    span_key         UUID NOT NULL,
    seq              INTEGER NOT NULL,
    project_id       UUID NOT NULL,
    trace_id         VARCHAR NOT NULL,
    span_id          VARCHAR NOT NULL,
    span_start_time  TIMESTAMP NOT NULL,
    action           VARCHAR NOT NULL,       -- the span's decision, for filtering by verdict
    detector         VARCHAR NOT NULL,
    type             VARCHAR NOT NULL,
    segment          VARCHAR NOT NULL,
    start_offset     INTEGER NOT NULL,
    end_offset       INTEGER NOT NULL,
    confidence       DOUBLE NOT NULL,
    reason           VARCHAR NOT NULL,
    PRIMARY KEY (span_key, seq)
);
