package io.trustplane.server.gateway;

import io.trustplane.server.security.ProtocolErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A missing, wrong or revoked key on the OpenAI-compatible API is answered in OpenAI's error shape, which OpenAI
 * clients turn into their authentication and permission exceptions (problem+json would reach them as an unparsed
 * body).
 */
@Component
class GatewayProtocolErrors implements ProtocolErrors {

    @Override
    public boolean appliesTo(HttpServletRequest request) {
        return OpenAiErrors.appliesTo(request);
    }

    @Override
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message) throws IOException {
        String code = status == HttpStatus.UNAUTHORIZED ? "invalid_api_key" : "insufficient_permissions";
        String text = status == HttpStatus.FORBIDDEN
                ? "This API key is not allowed to call the gateway: use a TrustPlane project key (tpk_...)."
                : message + " Use a TrustPlane project key (tpk_...) as the OpenAI API key.";
        OpenAiErrors.write(response, OpenAiError.invalidRequest(status.value(), code, null, text));
    }
}
