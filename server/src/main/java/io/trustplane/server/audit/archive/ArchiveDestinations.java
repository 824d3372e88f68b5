package io.trustplane.server.audit.archive;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;

/**
 * The configured archive destinations, checked at start: a setting that cannot work stops the server with a
 * message naming it, rather than failing at the first archive run hours later. Whether a bucket exists and has
 * Object Lock is checked when archiving ({@link ArchiveDestination#prepare()}), since the store may be down at start.
 */
@Component
public class ArchiveDestinations implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ArchiveDestinations.class);
    private static final String SETTING = "trustplane.audit.archive.destination";
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    private final ArchiveProperties properties;
    private final List<ArchiveDestination> destinations;
    private S3Client s3;

    public ArchiveDestinations(ArchiveProperties properties) {
        this.properties = properties;
        ObjectLockMode mode = lockMode(properties);
        if (properties.segmentEntries() < 1) {
            throw new IllegalStateException("trustplane.audit.archive.segment-entries must be at least 1, not " + properties.segmentEntries());
        }
        if (properties.enabled() && properties.destination().isEmpty()) {
            throw new IllegalStateException("trustplane.audit.archive.enabled is true but " + SETTING
                    + " is empty: set it to file:/path/to/dir or s3://bucket/prefix");
        }
        if (properties.enabled() && (properties.interval().isZero() || properties.interval().isNegative())) {
            throw new IllegalStateException("trustplane.audit.archive.interval must be positive, not " + properties.interval());
        }
        List<ArchiveDestination> parsed = new ArrayList<>();
        for (String destination : properties.destination()) {
            ArchiveDestination d = parse(destination, mode, properties.retention());
            if (parsed.stream().anyMatch(p -> p.name().equals(d.name()))) {
                throw new IllegalStateException(SETTING + " names " + d.name() + " twice");
            }
            parsed.add(d);
        }
        if (mode != null && parsed.stream().noneMatch(d -> d instanceof S3Destination)) {
            log.warn("trustplane.audit.archive.retention-mode is {} but no destination is an S3 bucket; directories have no retention", mode);
        }
        this.destinations = List.copyOf(parsed);
    }

    public List<ArchiveDestination> all() {
        return destinations;
    }

    public long segmentEntries() {
        return properties.segmentEntries();
    }

    private ArchiveDestination parse(String destination, ObjectLockMode mode, Duration retention) {
        String lower = destination.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) return directory(destination);
        if (lower.startsWith("s3://")) return bucket(destination, mode, retention);
        throw new IllegalStateException(SETTING + " '" + safe(destination) + "' is not supported: use file:/path/to/dir or s3://bucket/prefix");
    }

    private static DirectoryDestination directory(String destination) {
        String path = destination.substring("file:".length());
        try {
            Path root = path.startsWith("//") ? Path.of(new URI(destination)) : Path.of(path);
            if (path.isBlank()) throw new InvalidPathException(path, "empty");
            String name = "file:" + root.toAbsolutePath().normalize();
            return new DirectoryDestination(name, root);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException(SETTING + " '" + destination + "' is not a directory: use file:/path/to/dir ("
                    + e.getMessage() + ")", e);
        }
    }

    private S3Destination bucket(String destination, ObjectLockMode mode, Duration retention) {
        String rest = destination.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        while (prefix.endsWith("/")) prefix = prefix.substring(0, prefix.length() - 1);
        if (bucket.contains("@") || bucket.contains(":")) {
            // never echo it: what stands before '@' would be credentials
            throw new IllegalStateException(SETTING + " must not carry credentials or a port (s3://bucket/prefix); set "
                    + "trustplane.audit.archive.s3.access-key-id and secret-access-key, or the AWS_* environment variables, "
                    + "and trustplane.audit.archive.s3.endpoint");
        }
        if (!BUCKET.matcher(bucket).matches()) {
            throw new IllegalStateException(SETTING + " '" + destination + "': '" + bucket + "' is not a valid bucket name "
                    + "(3 to 63 lowercase letters, digits, dots and hyphens)");
        }
        if (prefix.startsWith("/") || List.of(prefix.split("/")).stream().anyMatch(p -> p.equals("..") || p.equals("."))) {
            throw new IllegalStateException(SETTING + " '" + destination + "': the prefix must not start with '/' or contain '.' or '..' parts");
        }
        String name = "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
        return new S3Destination(client(), name, bucket, prefix, mode, retention);
    }

    private static ObjectLockMode lockMode(ArchiveProperties properties) {
        String mode = properties.retentionMode().strip().toUpperCase(Locale.ROOT);
        boolean hasRetention = !properties.retention().isZero();
        if (mode.isEmpty()) {
            if (hasRetention) {
                throw new IllegalStateException("trustplane.audit.archive.retention is " + properties.retention()
                        + " but retention-mode is empty: set it to GOVERNANCE or COMPLIANCE, or remove the retention");
            }
            return null;
        }
        if (!mode.equals("GOVERNANCE") && !mode.equals("COMPLIANCE")) {
            throw new IllegalStateException("trustplane.audit.archive.retention-mode must be GOVERNANCE or COMPLIANCE, not '"
                    + properties.retentionMode() + "'");
        }
        if (!hasRetention || properties.retention().isNegative()) {
            throw new IllegalStateException("trustplane.audit.archive.retention-mode is " + mode
                    + " but retention is not set: give how long objects stay locked, e.g. 2555d");
        }
        return ObjectLockMode.fromValue(mode);
    }

    /** One client for every bucket. */
    private synchronized S3Client client() {
        if (s3 != null) return s3;
        ArchiveProperties.S3 config = properties.s3();
        S3ClientBuilder builder = S3Client.builder()
                .region(region(config))
                .credentialsProvider(credentials(config))
                .forcePathStyle(config.usePathStyle())
                // checksums only where S3 requires them: S3-compatible stores differ in what else they accept;
                // the archive sets Content-MD5 and x-amz-checksum-sha256 itself
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!config.endpoint().isBlank()) {
            try {
                URI endpoint = new URI(config.endpoint().strip());
                if (endpoint.getScheme() == null || endpoint.getHost() == null || endpoint.getUserInfo() != null) {
                    throw new URISyntaxException(config.endpoint(), "expected http(s)://host[:port]");
                }
                builder.endpointOverride(endpoint);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("trustplane.audit.archive.s3.endpoint is not a URL like https://host:port: "
                        + e.getReason(), e);
            }
        }
        s3 = builder.build();
        return s3;
    }

    private static Region region(ArchiveProperties.S3 config) {
        if (!config.region().isBlank()) return Region.of(config.region().strip());
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        } catch (RuntimeException e) {
            return Region.US_EAST_1; // S3-compatible stores mostly ignore the region, but the signature names one
        }
    }

    private static AwsCredentialsProvider credentials(ArchiveProperties.S3 config) {
        boolean id = !config.accessKeyId().isBlank();
        boolean secret = !config.secretAccessKey().isBlank();
        if (id != secret) {
            throw new IllegalStateException("trustplane.audit.archive.s3.access-key-id and secret-access-key must be set together");
        }
        if (id) return StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKeyId().strip(), config.secretAccessKey().strip()));
        return DefaultCredentialsProvider.builder().build();
    }

    /** A destination for messages, without anything that could be credentials. */
    private static String safe(String destination) {
        int at = destination.indexOf('@');
        return at < 0 ? destination : "…" + destination.substring(at);
    }

    @Override
    public void destroy() {
        if (s3 != null) s3.close();
    }
}
