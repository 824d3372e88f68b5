package io.trustplane.server.audit.archive;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectLockConfiguration;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An archive in an S3-compatible bucket under a prefix. Objects are written with {@code If-None-Match: *} (never
 * over an existing key), {@code Content-MD5} and an {@code x-amz-checksum-sha256} the store checks, the SHA-256
 * also as metadata, and, when retention is configured, an Object Lock mode and retain-until date on each object.
 *
 * <p>Reading lists object versions where the store keeps them: a key with later versions or a delete marker was
 * overwritten or deleted after archiving, and the first version (the one the archive wrote and locked) is read,
 * with a note saying so.
 */
public final class S3Destination implements ArchiveDestination {
    static final String SHA256_METADATA = "sha256";

    private final S3Client client;
    private final String name;
    private final String bucket;
    private final String prefix;
    private final ObjectLockMode mode;
    private final Duration retention;

    /**
     * @param name      the destination as configured, {@code s3://bucket/prefix}
     * @param prefix    the key prefix without leading or trailing '/', or empty
     * @param mode      the Object Lock mode for written objects, or null for none
     * @param retention how long objects are locked from when they are written (with a mode)
     */
    public S3Destination(S3Client client, String name, String bucket, String prefix, ObjectLockMode mode, Duration retention) {
        this.client = client;
        this.name = name;
        this.bucket = bucket;
        this.prefix = prefix;
        this.mode = mode;
        this.retention = retention;
        if (mode != null && (retention == null || retention.isZero() || retention.isNegative())) {
            throw new IllegalArgumentException("an Object Lock mode needs a positive retention");
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void prepare() {
        try {
            client.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            throw new ArchiveException(ArchiveException.Reason.CONFIGURATION, "the bucket '" + bucket + "' of archive destination "
                    + name + " does not exist", e);
        } catch (S3Exception e) {
            if (e.statusCode() == 403) {
                throw new ArchiveException(ArchiveException.Reason.CONFIGURATION, "the configured credentials may not use the bucket '"
                        + bucket + "' of archive destination " + name + " (403 Forbidden)", e);
            }
            throw unavailable("checking the bucket", e);
        } catch (SdkClientException e) {
            throw unavailable("checking the bucket", e);
        }
        if (mode != null && !objectLockEnabled()) {
            throw new ArchiveException(ArchiveException.Reason.CONFIGURATION, "trustplane.audit.archive.retention-mode is " + mode
                    + " but the bucket '" + bucket + "' does not have Object Lock enabled, so the archive could not be locked. "
                    + "Archive to a bucket created with Object Lock (e.g. aws s3api create-bucket --object-lock-enabled-for-bucket), "
                    + "or enable it on the bucket, or leave retention-mode empty.");
        }
    }

    private boolean objectLockEnabled() {
        try {
            ObjectLockConfiguration configuration = client.getObjectLockConfiguration(b -> b.bucket(bucket)).objectLockConfiguration();
            return configuration != null && configuration.objectLockEnabled() == ObjectLockEnabled.ENABLED;
        } catch (S3Exception e) {
            if (e.statusCode() == 404 || "ObjectLockConfigurationNotFoundError".equals(errorCode(e))) return false;
            throw unavailable("reading the bucket's Object Lock configuration", e);
        } catch (SdkClientException e) {
            throw unavailable("reading the bucket's Object Lock configuration", e);
        }
    }

    @Override
    public Optional<Instant> retainUntil(Instant now) {
        return mode == null ? Optional.empty() : Optional.of(now.plus(retention));
    }

    @Override
    public StoredFile write(String fileName, StagedFile file, Instant retainUntil) {
        String key = key(fileName);
        try {
            Optional<StoredFile> present = existing(fileName, key, file);
            if (present.isPresent()) return present.get();
            PutObjectRequest.Builder put = PutObjectRequest.builder()
                    .bucket(bucket)
                    .key(key)
                    .ifNoneMatch("*")
                    .contentLength(file.bytes())
                    .contentType(fileName.endsWith(".jsonl") ? "application/jsonl" : "application/json")
                    .contentMD5(file.md5())
                    .checksumSHA256(file.sha256Base64())
                    .metadata(Map.of(SHA256_METADATA, file.sha256()));
            if (retainUntil != null) {
                if (mode == null) throw new IllegalStateException("a retention was given but no Object Lock mode is configured");
                put.objectLockMode(mode).objectLockRetainUntilDate(retainUntil);
            }
            PutObjectResponse response;
            try {
                response = client.putObject(put.build(), RequestBody.fromFile(file.path()));
            } catch (S3Exception e) {
                if (e.statusCode() == 412) { // written meanwhile: the precondition If-None-Match refused to replace it
                    return existing(fileName, key, file).orElseThrow(() -> unavailable("writing " + location(key), e));
                }
                throw e;
            }
            return new StoredFile(fileName, location(key), response.versionId(), file.sha256(), file.bytes(), false);
        } catch (SdkException e) {
            throw unavailable("writing " + location(key), e);
        }
    }

    /** The file under {@code key} if it is there with the same content; a conflict if it is there with other content. */
    private Optional<StoredFile> existing(String fileName, String key, StagedFile file) {
        HeadObjectResponse head;
        try {
            head = client.headObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return Optional.empty();
            throw e;
        }
        String present = head.metadata().get(SHA256_METADATA);
        if (present == null) { // not written by an archiver: hash what is there
            try (InputStream in = client.getObject(b -> b.bucket(bucket).key(key))) {
                present = StagedFile.sha256(in);
            } catch (IOException e) {
                throw new ArchiveException(ArchiveException.Reason.UNAVAILABLE, "reading " + location(key) + " failed: " + e, e);
            }
        }
        if (!present.equals(file.sha256())) {
            throw new ArchiveException(ArchiveException.Reason.CONFLICT, location(key) + " already exists with different content (sha256 "
                    + present + ", the archive would write " + file.sha256() + "); it is left as it is. Is another log archived "
                    + "under the same prefix?");
        }
        return Optional.of(new StoredFile(fileName, location(key), head.versionId(), present, head.contentLength(), true));
    }

    @Override
    public List<ListedFile> list() {
        try {
            return listVersions();
        } catch (S3Exception e) {
            if (e.statusCode() != 501 && !"NotImplemented".equals(errorCode(e))) throw unavailable("listing", e);
        } catch (SdkClientException e) {
            throw unavailable("listing", e);
        }
        try { // a store without versions
            List<ListedFile> files = new ArrayList<>();
            for (ListObjectsV2Response page : client.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(listPrefix()))) {
                for (S3Object object : page.contents()) files.add(new ListedFile(nameOf(object.key()), null, null));
            }
            return files;
        } catch (SdkException e) {
            throw unavailable("listing", e);
        }
    }

    private List<ListedFile> listVersions() {
        Map<String, List<ObjectVersion>> versions = new LinkedHashMap<>();
        Map<String, DeleteMarkerEntry> deleted = new LinkedHashMap<>();
        for (ListObjectVersionsResponse page : client.listObjectVersionsPaginator(b -> b.bucket(bucket).prefix(listPrefix()))) {
            for (ObjectVersion v : page.versions()) versions.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
            for (DeleteMarkerEntry d : page.deleteMarkers()) {
                if (Boolean.TRUE.equals(d.isLatest())) deleted.put(d.key(), d);
            }
        }
        List<ListedFile> files = new ArrayList<>();
        versions.forEach((key, list) -> {
            // S3 lists a key's versions newest first; the oldest is the one the archive wrote
            ObjectVersion first = list.stream().min(Comparator.comparing(ObjectVersion::lastModified)
                    .thenComparing(v -> -list.indexOf(v))).orElseThrow();
            List<String> notes = new ArrayList<>();
            if (list.size() > 1) {
                notes.add(location(key) + " has " + list.size() + " versions: it was overwritten after it was archived; the first "
                        + "version (" + first.versionId() + ") is read");
            }
            if (deleted.containsKey(key)) {
                notes.add(location(key) + " was deleted after it was archived (a delete marker hides it); version "
                        + first.versionId() + " is read");
            }
            boolean single = list.size() == 1 && !deleted.containsKey(key);
            files.add(new ListedFile(nameOf(key), single ? null : first.versionId(), notes.isEmpty() ? null : String.join("; ", notes)));
        });
        return files;
    }

    @Override
    public InputStream open(ListedFile file) {
        String key = key(file.name());
        try {
            return client.getObject(b -> b.bucket(bucket).key(key).versionId(file.version()));
        } catch (SdkException e) {
            throw unavailable("reading " + location(key), e);
        }
    }

    public String bucket() {
        return bucket;
    }

    /** The object key of a file of the archive. */
    public String key(String fileName) {
        return prefix.isEmpty() ? fileName : prefix + "/" + fileName;
    }

    private String listPrefix() {
        return prefix.isEmpty() ? "" : prefix + "/";
    }

    private String nameOf(String key) {
        return key.substring(listPrefix().length());
    }

    private String location(String key) {
        return "s3://" + bucket + "/" + key;
    }

    private ArchiveException unavailable(String what, SdkException e) {
        return new ArchiveException(ArchiveException.Reason.UNAVAILABLE, "archive destination " + name + ": " + what + " failed: "
                + e.getMessage(), e);
    }

    private static String errorCode(S3Exception e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
