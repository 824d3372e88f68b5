package io.trustplane.server.security;

import io.trustplane.server.audit.Auditor;
import io.trustplane.server.store.SqlTime;
import java.io.PrintStream;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes sure an admin credential exists. With {@code trustplane.security.admin-key} set, that key is
 * accepted (its hash is stored on first sight). Without it, the first start generates a key and prints
 * it once to standard output, never to the log; later starts find it stored and print nothing.
 */
@Component
public class AdminBootstrap implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final JdbcTemplate jdbc;
    private final SecurityProperties properties;
    private final PrintStream console;
    private final Auditor auditor;

    @org.springframework.beans.factory.annotation.Autowired
    public AdminBootstrap(JdbcTemplate jdbc, SecurityProperties properties, Auditor auditor) {
        this(jdbc, properties, auditor, System.out);
    }

    AdminBootstrap(JdbcTemplate jdbc, SecurityProperties properties, Auditor auditor, PrintStream console) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.auditor = auditor;
        this.console = console;
    }

    /** Runs after the schema is migrated and before the web server accepts requests. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.adminKey().isEmpty()) {
            acceptConfiguredKey(properties.adminKey());
            return;
        }
        Integer admins = jdbc.queryForObject(
                "SELECT count(*) FROM api_keys WHERE scope = 'admin' AND revoked_at IS NULL", Integer.class);
        if (admins != null && admins > 0) {
            return;
        }
        ApiKeys.NewKey key = ApiKeys.generate(ApiKeys.ADMIN_TAG);
        insert(key.key(), key.prefix(), "generated at first start");
        log.info("Generated the admin credential {} (printed once on standard output)", key.prefix());
        console.printf("""

                ================================================================================
                 TrustPlane admin credential (shown only this once; store it somewhere safe):

                   %s

                 Create an organization, a project and a project API key with it, e.g.:
                   curl -s -X POST localhost:8080/api/v1/admin/organizations \\
                        -H 'Authorization: Bearer %s' -H 'Content-Type: application/json' \\
                        -d '{"name":"acme"}'
                 To choose the admin key yourself, set TRUSTPLANE_SECURITY_ADMIN_KEY.
                ================================================================================

                """, key.key(), key.key());
        console.flush();
    }

    private void acceptConfiguredKey(String key) {
        if (key.length() < 24) {
            throw new IllegalStateException("trustplane.security.admin-key must be at least 24 characters long");
        }
        String hash = ApiKeyHasher.hash(key);
        Integer known = jdbc.queryForObject("SELECT count(*) FROM api_keys WHERE key_hash = ?", Integer.class, hash);
        if (known == null || known == 0) {
            insert(key, ApiKeys.prefixOf(key), "from trustplane.security.admin-key");
            log.info("Registered the configured admin credential {}", ApiKeys.prefixOf(key));
        }
    }

    private void insert(String key, String prefix, String name) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO api_keys (id, project_id, scope, name, prefix, key_hash, created_at) "
                        + "VALUES (?, NULL, 'admin', ?, ?, ?, ?)",
                id, name, prefix, ApiKeyHasher.hash(key), SqlTime.toSql(Instant.now()));
        auditor.record(Auditor.SYSTEM, null, "admin_key.created", "api_key:" + prefix,
                java.util.Map.of("id", id.toString(), "prefix", prefix, "name", name));
    }
}
