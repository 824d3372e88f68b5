package io.trustplane.server.otlp;

import io.trustplane.server.security.ProtocolErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** A missing or wrong key on the OTLP receiver is answered as OTLP exporters expect: a {@code google.rpc.Status}. */
@Component
class OtlpProtocolErrors implements ProtocolErrors {

    @Override
    public boolean appliesTo(HttpServletRequest request) {
        return request.getRequestURI().startsWith(OtlpController.BASE + "/");
    }

    @Override
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message) throws IOException {
        OtlpEncoding encoding = OtlpEncoding.forAnswer(request.getContentType());
        byte[] body = OtlpStatus.encode(encoding, status, message);
        response.setStatus(status.value());
        response.setContentType(encoding.mediaType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
