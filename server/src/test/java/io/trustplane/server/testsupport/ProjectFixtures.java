package io.trustplane.server.testsupport;

import io.trustplane.server.security.ApiKeyHasher;
import io.trustplane.server.security.ApiKeys;
import io.trustplane.server.store.SqlTime;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Creates an organization, a project and a project key straight in the store, for tests of data APIs. */
public final class ProjectFixtures {
    private ProjectFixtures() {
    }

    public record TestProject(UUID organizationId, UUID projectId, String key) {
    }

    public static TestProject create(JdbcTemplate jdbc, String name) {
        return create(jdbc, name, UUID.randomUUID());
    }

    /** A project with a known id (e.g. for per-project settings given before the server starts). */
    public static TestProject create(JdbcTemplate jdbc, String name, UUID project) {
        UUID org = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update("INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)", org, name + "-" + org, SqlTime.toSql(now));
        jdbc.update("INSERT INTO projects (id, organization_id, name, created_at) VALUES (?, ?, ?, ?)",
                project, org, name, SqlTime.toSql(now));
        ApiKeys.NewKey key = ApiKeys.generate(ApiKeys.PROJECT_TAG);
        jdbc.update("INSERT INTO api_keys (id, project_id, scope, name, prefix, key_hash, created_at) "
                        + "VALUES (?, ?, 'project', 'test', ?, ?, ?)",
                UUID.randomUUID(), project, key.prefix(), ApiKeyHasher.hash(key.key()), SqlTime.toSql(now));
        return new TestProject(org, project, key.key());
    }
}
