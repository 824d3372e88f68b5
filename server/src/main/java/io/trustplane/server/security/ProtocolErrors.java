package io.trustplane.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/**
 * Writes an authentication or authorization failure in the error shape of the protocol a request speaks (OTLP's
 * {@code google.rpc.Status}, for instance), because that protocol's clients parse only their own shape. Beans of
 * this type are consulted in turn; requests none of them claims get RFC 9457 problem+json.
 */
public interface ProtocolErrors {

    boolean appliesTo(HttpServletRequest request);

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message) throws IOException;
}
