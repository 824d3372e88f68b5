-- Audit trail: the append-only log (entries hashed as RFC 6962 leaves over their RFC 8785 canonical JSON),
-- signed checkpoints, the encrypted signing keys, per-data-subject keys for crypto-shredding, and feedback.

-- One row per entry. The columns are exactly the hashed fields (see core AuditEntry); leaf_hash is recorded
-- so that a verifier can tell a changed field from a broken chain. project_id is text because it is hashed as text.
CREATE TABLE audit_entries (
    seq          BIGINT PRIMARY KEY,
    entry_time   TIMESTAMP NOT NULL,
    actor        VARCHAR NOT NULL,
    project_id   VARCHAR,
    action       VARCHAR NOT NULL,
    target       VARCHAR NOT NULL,
    body         VARCHAR NOT NULL,      -- canonical JSON object
    prev_hash    VARCHAR NOT NULL,      -- hex leaf hash of entry seq - 1
    leaf_hash    VARCHAR NOT NULL       -- hex SHA-256(0x00 || canonical entry)
);

-- Signed checkpoints (C2SP signed notes), one per tree size.
CREATE TABLE audit_checkpoints (
    tree_size    BIGINT PRIMARY KEY,
    root_hash    VARCHAR NOT NULL,
    note         VARCHAR NOT NULL,
    created_at   TIMESTAMP NOT NULL
);

-- Ed25519 signing keys: Tink keysets encrypted with the master key. The current key has retired_at NULL.
CREATE TABLE audit_signing_keys (
    id                 UUID PRIMARY KEY,
    name               VARCHAR NOT NULL,
    vkey               VARCHAR NOT NULL,    -- C2SP verifier key: name+hash+base64(0x01 || public key)
    encrypted_keyset   VARCHAR NOT NULL,
    created_at         TIMESTAMP NOT NULL,
    retired_at         TIMESTAMP
);

-- Settings fixed at first start (the log's origin, the pseudonym key).
CREATE TABLE audit_settings (
    name    VARCHAR PRIMARY KEY,
    value   VARCHAR NOT NULL
);

-- One AEAD key per data subject and project, encrypted with the master key. Erasing a subject deletes its
-- row: what was encrypted with it becomes unreadable while every hash over the ciphertext stays valid.
CREATE TABLE data_subject_keys (
    project_id         UUID NOT NULL,
    subject            VARCHAR NOT NULL,    -- pseudonym (keyed hash) of the subject id; the id itself is never stored
    encrypted_keyset   VARCHAR NOT NULL,
    created_at         TIMESTAMP NOT NULL,
    PRIMARY KEY (project_id, subject)
);

-- Human feedback records: the queryable columns; the full record is the body of its audit entry.
CREATE TABLE feedback (
    id           UUID PRIMARY KEY,
    project_id   UUID NOT NULL,
    client_id    VARCHAR,                   -- the caller's id for the record (retries are idempotent)
    kind         VARCHAR NOT NULL,          -- rating | preference | correction
    trace_id     VARCHAR,
    span_id      VARCHAR,
    annotator    VARCHAR NOT NULL,          -- pseudonym
    subject      VARCHAR,                   -- pseudonym of the data subject whose key encrypts the content
    score        DOUBLE,
    label        VARCHAR,
    audit_seq    BIGINT NOT NULL,
    created_at   TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX feedback_client_id ON feedback (project_id, client_id);
