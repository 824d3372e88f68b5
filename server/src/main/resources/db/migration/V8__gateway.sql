-- The OpenAI-compatible gateway (docs/GATEWAY.md): the upstream providers a project's calls are forwarded to.
-- name_key is the lower-cased name: names are unique per project regardless of case, and the API finds an
-- upstream by its name in any case. Names cannot change (DuckDB rewrites updated indexed columns as delete +
-- insert, and the name is how the API, the audit log and the x-trustplane-upstream header refer to it).
CREATE TABLE gateway_upstreams (
    id                  UUID PRIMARY KEY,
    project_id          UUID NOT NULL,
    name                VARCHAR NOT NULL,
    name_key            VARCHAR NOT NULL,
    base_url            VARCHAR NOT NULL,   -- absolute http(s) URL; may contain {model} (Azure deployment URLs)
    kind                VARCHAR NOT NULL,   -- openai (Authorization: Bearer) | azure (api-key header, api-version query)
    api_version         VARCHAR,            -- azure: the api-version query parameter
    models              VARCHAR NOT NULL,   -- JSON object: alias -> upstream model; {} serves any model unchanged
    priority            INTEGER NOT NULL,   -- routing order: lower first, then creation order
    enabled             BOOLEAN NOT NULL,
    connect_timeout_ms  INTEGER,            -- NULL: trustplane.gateway.connect-timeout
    read_timeout_ms     INTEGER,            -- NULL: trustplane.gateway.read-timeout
    max_retries         INTEGER,            -- NULL: trustplane.gateway.max-retries
    retry_backoff_ms    INTEGER,            -- NULL: trustplane.gateway.retry-backoff
    credential          VARCHAR,            -- base64 Tink AEAD ciphertext (gateway credential keyset), bound to project and id
    credential_hint     VARCHAR,            -- the credential's last four characters when it is long enough to show them
    created_at          TIMESTAMP NOT NULL,
    updated_at          TIMESTAMP NOT NULL,
    UNIQUE (project_id, name_key)
);
