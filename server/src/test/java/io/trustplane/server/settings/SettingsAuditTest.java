package io.trustplane.server.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trustplane.server.audit.AuditLog;
import io.trustplane.server.audit.AuditProperties;
import io.trustplane.server.audit.AuditRecord;
import io.trustplane.server.audit.Auditor;
import io.trustplane.server.audit.archive.ArchiveProperties;
import io.trustplane.server.eventlog.EventLogProperties;
import io.trustplane.server.guard.GuardProperties;
import io.trustplane.server.security.SecurityProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** Settings changes between starts, audited on a real DuckDB store through the real audit log. */
class SettingsAuditTest {
    private static final String ADMIN_KEY = "tpa_0123abcd_s3cretPartOfTheAdminKeyThatMustNotLeak_abcd";
    private static final String S3_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @TempDir
    Path dir;
    private HikariDataSource dataSource;
    private JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AuditProperties audit = new AuditProperties("", Duration.ofSeconds(1), 100, Duration.ofSeconds(10));
    private AuditLog log;

    @BeforeEach
    void store() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:duckdb:" + dir.resolve("store.duckdb"));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void close() {
        if (log != null) log.stop();
        dataSource.close();
    }

    @Test
    void theFirstStartRecordsEverySettingAndLaterStartsOnlyWhatChanged() {
        AuditRecord first = start(settings(Duration.ofHours(24), "", Duration.ZERO, "key id 1 from a file"));
        assertThat(first.entry().action()).isEqualTo("settings.changed");
        assertThat(first.entry().actor()).isEqualTo("system");
        List<Map<String, Object>> all = changes(first);
        assertThat(all).hasSize(18).allSatisfy(c -> assertThat(c).containsEntry("from", null));
        assertThat(all).anySatisfy(c -> assertThat(c)
                .containsEntry("setting", "trustplane.eventlog.retention").containsEntry("to", "PT24H"));

        assertThat(start(settings(Duration.ofHours(24), "", Duration.ZERO, "key id 1 from a file")))
                .as("a restart with the same settings").isNull();

        AuditRecord changed = start(settings(Duration.ofHours(1), "COMPLIANCE", Duration.ofDays(2555),
                "key id 2 from trustplane.secrets.master-key"));
        assertThat(changes(changed)).containsExactly(
                change("trustplane.audit.archive.retention", "PT0S", "PT61320H"),
                change("trustplane.audit.archive.retention-mode", "", "COMPLIANCE"),
                change("trustplane.eventlog.retention", "PT24H", "PT1H"),
                change("trustplane.secrets.master-key", "key id 1 from a file",
                        "key id 2 from trustplane.secrets.master-key"));
        assertThat(changed.seq()).isEqualTo(first.seq() + 1);
        assertThat(start(settings(Duration.ofHours(1), "COMPLIANCE", Duration.ofDays(2555),
                "key id 2 from trustplane.secrets.master-key"))).isNull();
    }

    @Test
    void credentialsAppearOnlyAsHowTheyAreSet() {
        AuditRecord first = start(settings(Duration.ofHours(24), "", Duration.ZERO, "key id 1 from a file"));
        String body = first.entry().body();
        assertThat(body).doesNotContain(ADMIN_KEY).doesNotContain("s3cretPart").doesNotContain(S3_SECRET)
                .doesNotContain("AKIAEXAMPLE")
                .contains("configured (tpa_0123abcd)").contains("static access key");
    }

    @Test
    void whileTheLogRefusesEntriesTheChangeWaitsForTheNextHealthyStart() {
        start(settings(Duration.ofHours(24), "", Duration.ZERO, "k"));
        jdbc.update("UPDATE audit_entries SET seq = 7 WHERE seq = 0"); // a gap: the check at start refuses the log
        assertThat(start(settings(Duration.ofHours(2), "", Duration.ZERO, "k"))).isNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entries", Long.class)).isEqualTo(1);

        jdbc.update("UPDATE audit_entries SET seq = 0 WHERE seq = 7");
        assertThat(changes(start(settings(Duration.ofHours(2), "", Duration.ZERO, "k"))))
                .containsExactly(change("trustplane.eventlog.retention", "PT24H", "PT2H"));
    }

    /** Stands for a server start: a fresh audit log over the store, then the settings check. */
    private AuditRecord start(AuditedSettings settings) {
        if (log != null) log.stop();
        log = new AuditLog(jdbc, audit, new SimpleMeterRegistry());
        return new SettingsAudit(jdbc, new Auditor(log, json), json, settings).recordChanges();
    }

    private AuditedSettings settings(Duration eventLogRetention, String retentionMode, Duration archiveRetention,
                                     String masterKey) {
        var s3 = new ArchiveProperties.S3("http://localhost:9000", "eu-west-1", null, "AKIAEXAMPLE", S3_SECRET);
        var archive = new ArchiveProperties(true, List.of("s3://audit/log"), 100_000, Duration.ofHours(1), retentionMode,
                archiveRetention, s3);
        var eventLog = new EventLogProperties(DataSize.ofMegabytes(128), DataSize.ofMegabytes(16), eventLogRetention);
        var guard = new GuardProperties(true, 2000, Duration.ofMillis(500), DataSize.ofMegabytes(1), 262_144, false);
        var security = new SecurityProperties(ADMIN_KEY, null, null, null, null);
        return new AuditedSettings(audit, archive, eventLog, guard, security, masterKey);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> changes(AuditRecord record) {
        return (List<Map<String, Object>>) json.readValue(record.entry().body(), Map.class).get("changes");
    }

    private static Map<String, Object> change(String setting, String from, String to) {
        return Map.of("setting", setting, "from", from, "to", to);
    }
}
