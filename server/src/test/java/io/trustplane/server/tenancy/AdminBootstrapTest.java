package io.trustplane.server.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.server.TrustPlaneApplication;
import io.trustplane.server.testsupport.ApiClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** First start without a configured admin key: one is generated and printed once, and survives restarts. */
class AdminBootstrapTest {
    @TempDir
    Path dataDir;

    private record Started(ConfigurableApplicationContext context, String stdout) {
        int port() {
            return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        }
    }

    private Started start() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ConfigurableApplicationContext context = SpringApplication.run(TrustPlaneApplication.class,
                    "--server.port=0", "--trustplane.store.data-dir=" + dataDir, "--trustplane.log.format=text");
            return new Started(context, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void theGeneratedAdminKeyIsPrintedOnceAndKeepsWorking() {
        String key;
        Started firstRun;
        firstRun = start();
        try {
            Matcher matcher = Pattern.compile("(tpa_[0-9a-f]{8}_[A-Za-z0-9_-]{43})").matcher(firstRun.stdout());
            assertThat(matcher.find()).as("admin key printed:\n" + firstRun.stdout()).isTrue();
            key = matcher.group(1);
            assertThat(firstRun.stdout().split(Pattern.quote(key), -1)).as("printed in the banner only").hasSizeLessThanOrEqualTo(3);
            assertThat(new ApiClient(firstRun.port()).get("/api/v1/admin/organizations", key).status()).isEqualTo(200);
        } finally {
            firstRun.context().close();
        }
        Started secondRun = start();
        try {
            assertThat(secondRun.stdout()).doesNotContain("tpa_").doesNotContain("admin credential (shown");
            assertThat(new ApiClient(secondRun.port()).get("/api/v1/admin/organizations", key).status()).isEqualTo(200);
        } finally {
            secondRun.context().close();
        }
    }
}
