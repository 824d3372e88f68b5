-- GenAI messages and evaluations that arrived apart from their span, as OTLP log events carrying the span's
-- context. The projector stores them here and joins them to the span whichever of the two arrives first.
CREATE TABLE span_log_content (
    content_key  UUID PRIMARY KEY,      -- of (project, trace, span, side, time, content): a retried export is stored once
    span_key     UUID NOT NULL,         -- the span's key in spans; the span may not be stored yet
    project_id   UUID NOT NULL,
    trace_id     VARCHAR NOT NULL,
    span_id      VARCHAR NOT NULL,
    side         VARCHAR NOT NULL,      -- input | output | evaluation
    event_time   TIMESTAMP NOT NULL,
    seq          BIGINT NOT NULL,       -- arrival order, for events with the same time
    content      VARCHAR NOT NULL,      -- JSON: one message, or one evaluation
    received_at  TIMESTAMP NOT NULL
);
CREATE INDEX span_log_content_by_span ON span_log_content (span_key);

-- Which parts of a span were composed from span_log_content (a span's own input or output is never replaced).
CREATE TABLE span_log_content_merged (
    span_key     UUID PRIMARY KEY,
    input        BOOLEAN NOT NULL,
    output       BOOLEAN NOT NULL
);
