package io.trustplane.server.security;

import java.util.UUID;

/**
 * Who is calling: a project API key (projectId set) or the admin credential (projectId null, admin true).
 * Controllers take it with {@code @AuthenticationPrincipal ProjectPrincipal caller}; every data query is
 * scoped by {@link #requireProject()}.
 *
 * @param keyId     the key's id
 * @param keyPrefix the key's visible prefix, safe to log and to record as the actor
 */
public record ProjectPrincipal(UUID keyId, String keyPrefix, UUID projectId, boolean admin) {

    public UUID requireProject() {
        if (projectId == null) {
            throw new org.springframework.security.access.AccessDeniedException("this endpoint needs a project API key");
        }
        return projectId;
    }
}
