package io.trustplane.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The audit log on a real DuckDB store, restarted over a store that was changed behind its back. */
class AuditLogIntegrityTest {
    @TempDir
    Path dir;
    private HikariDataSource dataSource;

    @AfterEach
    void close() {
        if (dataSource != null) dataSource.close();
    }

    @Test
    void aRestartOverAStoreWithAMissingEntryRefusesNewEntriesInsteadOfBuildingOnIt() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:duckdb:" + dir.resolve("store.duckdb"));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        AuditProperties properties = new AuditProperties("", Duration.ofSeconds(1), 100, Duration.ofSeconds(10));
        JsonMapper json = JsonMapper.builder().build();

        AuditLog first = new AuditLog(jdbc, properties, new SimpleMeterRegistry());
        Auditor auditor = new Auditor(first, json);
        for (int i = 0; i < 5; i++) auditor.record("system", null, "test.appended", "t", Map.of("i", i));
        first.stop();
        assertThat(first.size()).isEqualTo(5);

        AuditLog intact = new AuditLog(jdbc, properties, new SimpleMeterRegistry());
        assertThat(intact.integrityProblem()).isNull();
        assertThat(new Auditor(intact, json).record("system", null, "test.appended", "t", Map.of("i", 5)).seq()).isEqualTo(5);
        intact.stop();

        jdbc.update("DELETE FROM audit_entries WHERE seq = 2");
        AuditLog tampered = new AuditLog(jdbc, properties, new SimpleMeterRegistry());
        assertThat(tampered.integrityProblem()).isEqualTo("expected entry 2 but the store has entry 3 next");
        assertThatThrownBy(() -> new Auditor(tampered, json).record("system", null, "test.appended", "t", Map.of("i", 6)))
                .isInstanceOf(AuditUnavailableException.class).hasMessageContaining("integrity check");
        tampered.stop();
        assertThat(jdbc.queryForObject("SELECT max(seq) FROM audit_entries", Long.class)).isEqualTo(5);
    }
}
