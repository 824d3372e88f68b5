package io.trustplane.server.store;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how the embedded store keeps its data.
 *
 * @param dataDir     directory holding the DuckDB file and the event log (created if missing)
 * @param memoryLimit DuckDB's memory limit (DuckDB's own default is 80% of RAM, too greedy beside a JVM)
 * @param threads     DuckDB worker threads; 0 means one per core
 * @param poolSize    JDBC connections for queries and admin writes
 */
@ConfigurationProperties("trustplane.store")
public record StoreProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("2GB") String memoryLimit,
        @DefaultValue("0") int threads,
        @DefaultValue("8") int poolSize) {

    public Path databaseFile() {
        return dataDir.resolve("trustplane.duckdb");
    }
}
