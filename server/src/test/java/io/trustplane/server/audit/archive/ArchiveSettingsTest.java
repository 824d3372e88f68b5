package io.trustplane.server.audit.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trustplane.server.TrustPlaneApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Settings that cannot work stop the server with a message saying which one and how to fix it. */
class ArchiveSettingsTest {
    @TempDir
    Path dir;

    @Test
    void unsupportedOrMalformedDestinationsAreRefusedByName() {
        assertThatThrownBy(() -> destinations("ftp://archive.example/audit"))
                .hasMessageContaining("trustplane.audit.archive.destination 'ftp://archive.example/audit' is not supported")
                .hasMessageContaining("file:/path/to/dir or s3://bucket/prefix");
        assertThatThrownBy(() -> destinations("s3://Not_A_Bucket/x")).hasMessageContaining("'Not_A_Bucket' is not a valid bucket name");
        assertThatThrownBy(() -> destinations("s3://bucket/../escape")).hasMessageContaining("must not start with '/' or contain '.' or '..'");
        assertThatThrownBy(() -> destinations("file://host/share")).hasMessageContaining("is not a directory");
        assertThatThrownBy(() -> destinations("file:" + dir, "file:" + dir + "/")).hasMessageContaining("twice");
    }

    @Test
    void credentialsInADestinationAreRefusedWithoutBeingRepeated() {
        assertThatThrownBy(() -> destinations("s3://AKIAEXAMPLE:wJalrXUtnFEMI@bucket/prefix"))
                .hasMessageContaining("must not carry credentials")
                .message().doesNotContain("wJalrXUtnFEMI").doesNotContain("AKIAEXAMPLE");
    }

    @Test
    void retentionSettingsMustBeComplete() {
        assertThatThrownBy(() -> new ArchiveDestinations(properties(List.of("s3://bucket"), "COMPLIANCE", Duration.ZERO)))
                .hasMessageContaining("retention-mode is COMPLIANCE but retention is not set");
        assertThatThrownBy(() -> new ArchiveDestinations(properties(List.of("s3://bucket"), "", Duration.ofDays(1))))
                .hasMessageContaining("retention-mode is empty");
        assertThatThrownBy(() -> new ArchiveDestinations(properties(List.of("s3://bucket"), "forever", Duration.ofDays(1))))
                .hasMessageContaining("must be GOVERNANCE or COMPLIANCE, not 'forever'");
        ArchiveDestinations ok = new ArchiveDestinations(properties(List.of("s3://bucket/a/b/", "file:" + dir), "governance", Duration.ofDays(7)));
        assertThat(ok.all().stream().map(ArchiveDestination::name).toList()).containsExactly("s3://bucket/a/b", "file:" + dir);
        ok.destroy();
    }

    @Test
    void theServerDoesNotStartWithABadDestination() {
        // as command-line arguments, which take precedence over application.yaml
        assertThatThrownBy(() -> new SpringApplicationBuilder(TrustPlaneApplication.class)
                .run("--server.port=0", "--trustplane.store.data-dir=" + dir, "--trustplane.audit.archive.enabled=true",
                        "--trustplane.audit.archive.destination=ftp://archive.example/audit").close())
                .rootCause().hasMessageContaining("trustplane.audit.archive.destination 'ftp://archive.example/audit' is not supported");
        assertThatThrownBy(() -> new SpringApplicationBuilder(TrustPlaneApplication.class)
                .run("--server.port=0", "--trustplane.store.data-dir=" + dir, "--trustplane.audit.archive.enabled=true").close())
                .rootCause().hasMessageContaining("trustplane.audit.archive.enabled is true but trustplane.audit.archive.destination is empty");
    }

    private static ArchiveDestinations destinations(String... destinations) {
        return new ArchiveDestinations(properties(List.of(destinations), "", Duration.ZERO));
    }

    private static ArchiveProperties properties(List<String> destinations, String mode, Duration retention) {
        return new ArchiveProperties(false, destinations, 100, Duration.ofHours(1), mode, retention,
                new ArchiveProperties.S3("http://127.0.0.1:9", "us-east-1", null, "id", "secret"));
    }
}
