package io.trustplane.server.privacy;

import io.trustplane.core.validation.FieldError;
import io.trustplane.server.audit.Auditor;
import io.trustplane.server.security.ProjectPrincipal;
import io.trustplane.server.web.ApiException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * GDPR erasure by crypto-shredding: {@code POST /api/v1/privacy/erasures {"subject": "<the person's id>"}} destroys
 * the subject's key in the caller's project and audits the erasure (by pseudonym). The id travels in the body, not
 * the URL, so it never lands in access logs.
 */
@RestController
public class ErasureController {
    private final SubjectKeys subjectKeys;
    private final Auditor auditor;

    public ErasureController(SubjectKeys subjectKeys, Auditor auditor) {
        this.subjectKeys = subjectKeys;
        this.auditor = auditor;
    }

    public record ErasureView(String subject, boolean keyDestroyed, long auditSeq) {
    }

    @PostMapping("/api/v1/privacy/erasures")
    public ErasureView erase(@AuthenticationPrincipal ProjectPrincipal caller, @RequestBody(required = false) JsonNode body) {
        UUID projectId = caller.requireProject();
        JsonNode subject = body == null ? null : body.get("subject");
        if (subject == null || !subject.isString() || subject.asString().isEmpty() || subject.asString().length() > 256) {
            throw ApiException.badRequest("Name the data subject to erase: {\"subject\": \"<id>\"}.",
                    List.of(new FieldError("subject", "is required: a string of 1 to 256 characters")));
        }
        SubjectKeys.Erasure erasure = subjectKeys.erase(projectId, subject.asString());
        long seq = auditor.record(caller.keyPrefix(), projectId, "subject.erased", "subject:" + erasure.subject(),
                Map.of("subject", erasure.subject(), "keyDestroyed", erasure.keyExisted())).seq();
        return new ErasureView(erasure.subject(), erasure.keyExisted(), seq);
    }
}
