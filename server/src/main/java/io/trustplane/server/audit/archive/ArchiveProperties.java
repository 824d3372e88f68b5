package io.trustplane.server.audit.archive;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Archiving sealed segments of the audit log (docs/AUDIT.md, "Archive").
 *
 * @param enabled        archive on a schedule; {@code POST /api/v1/admin/audit/archive} works whenever a
 *                       destination is set
 * @param destination    where segments go: {@code file:/path/to/dir} or {@code s3://bucket/prefix}; several,
 *                       comma-separated, each get every segment
 * @param segmentEntries entries per segment; a segment {@code [from, to)} ends at a multiple of this
 * @param interval       how often the schedule looks for sealed segments not yet archived
 * @param retentionMode  S3 Object Lock mode for archived objects: {@code GOVERNANCE} or {@code COMPLIANCE};
 *                       empty for none (directories have no retention)
 * @param retention      how long each archived object is locked from when it is written
 * @param s3             how to reach S3-compatible storage
 */
@ConfigurationProperties("trustplane.audit.archive")
public record ArchiveProperties(
        @DefaultValue("false") boolean enabled,
        List<String> destination,
        @DefaultValue("100000") long segmentEntries,
        @DefaultValue("1h") Duration interval,
        @DefaultValue("") String retentionMode,
        @DefaultValue("0s") Duration retention,
        @DefaultValue S3 s3) {

    public ArchiveProperties {
        destination = destination == null ? List.of()
                : destination.stream().map(String::strip).filter(d -> !d.isEmpty()).toList();
    }

    /**
     * @param endpoint        the S3 API's URL for S3-compatible stores (MinIO, Ceph, s3proxy, ...); empty for AWS
     * @param region          the bucket's region; empty: the AWS default chain (AWS_REGION, profile), else us-east-1
     * @param pathStyle       address buckets as {@code endpoint/bucket} rather than {@code bucket.endpoint};
     *                        on by default when an endpoint is set
     * @param accessKeyId     credentials; empty: the AWS default chain (AWS_ACCESS_KEY_ID and
     *                        AWS_SECRET_ACCESS_KEY, profile, container or instance role)
     * @param secretAccessKey never logged nor shown
     */
    public record S3(
            @DefaultValue("") String endpoint,
            @DefaultValue("") String region,
            Boolean pathStyle,
            @DefaultValue("") String accessKeyId,
            @DefaultValue("") String secretAccessKey) {

        public boolean usePathStyle() {
            return pathStyle != null ? pathStyle : !endpoint.isBlank();
        }

        /** Without the secret: a record's generated toString would print it wherever the settings are logged. */
        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", pathStyle=" + usePathStyle() + ", accessKeyId="
                    + (accessKeyId.isEmpty() ? "(default chain)" : "(set)") + ", secretAccessKey="
                    + (secretAccessKey.isEmpty() ? "(default chain)" : "(set)") + "]";
        }
    }
}
