package io.trustplane.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded store: one DuckDB database file under the data directory.
 *
 * <p>DuckDB's JDBC driver shares one database instance among all connections to the same file in a
 * process, so an ordinary Hikari pool works; Flyway migrates the schema through it at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class DuckDbDataSourceConfig {

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(StoreProperties properties) {
        try {
            Files.createDirectories(properties.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + properties.dataDir().toAbsolutePath(), e);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("duckdb");
        config.setJdbcUrl("jdbc:duckdb:" + properties.databaseFile().toAbsolutePath());
        config.addDataSourceProperty("memory_limit", properties.memoryLimit());
        config.addDataSourceProperty("checkpoint_threshold", properties.checkpointThreshold());
        if (properties.threads() > 0) config.addDataSourceProperty("threads", String.valueOf(properties.threads()));
        config.setMaximumPoolSize(properties.poolSize());
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }
}
