-- Archived segments of the audit log (docs/AUDIT.md, "Archive"): one row per segment and destination, written in
-- the same transaction as the audit.archived entry that records it (audit_seq).
CREATE TABLE audit_archive_segments (
    destination   VARCHAR NOT NULL,      -- as configured: file:/path or s3://bucket/prefix (never credentials)
    seq_from      BIGINT NOT NULL,       -- the segment's first entry
    seq_to        BIGINT NOT NULL,       -- one past its last entry; the sealing checkpoint's tree size
    retain_until  TIMESTAMP,             -- the S3 Object Lock retention of its objects, or NULL
    audit_seq     BIGINT NOT NULL,       -- the audit.archived entry
    archived_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (destination, seq_from)
);

-- The files of each archived segment, with the SHA-256 of what was written.
CREATE TABLE audit_archive_files (
    destination   VARCHAR NOT NULL,
    seq_from      BIGINT NOT NULL,
    name          VARCHAR NOT NULL,      -- in the archive, e.g. <from>-<to>/entries-<from>-<to>.jsonl
    location      VARCHAR NOT NULL,      -- an absolute path, or s3://bucket/key
    version_id    VARCHAR,               -- the S3 object version, when the bucket keeps versions
    sha256        VARCHAR NOT NULL,      -- lowercase hex
    bytes         BIGINT NOT NULL,
    PRIMARY KEY (destination, seq_from, name)
);
