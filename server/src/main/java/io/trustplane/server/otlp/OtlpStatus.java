package io.trustplane.server.otlp;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of an OTLP/HTTP error response: a {@code google.rpc.Status} (OTLP specification, "Failures"), in the
 * request's encoding. The message has two fields that matter here, {@code int32 code = 1} and
 * {@code string message = 2}; they are written with protobuf's own encoder rather than by pulling in the
 * google-common-protos artifact for one tiny message.
 */
final class OtlpStatus {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OtlpStatus() {
    }

    static byte[] encode(OtlpEncoding encoding, HttpStatus status, String message) {
        int code = grpcCode(status);
        if (encoding == OtlpEncoding.JSON) {
            return JSON.writeValueAsBytes(java.util.Map.of("code", code, "message", message));
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            out.writeInt32(1, code);
            out.writeString(2, message);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gRPC status code that corresponds to an HTTP status (as gRPC's HTTP mapping does). */
    static int grpcCode(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE -> 3;   // INVALID_ARGUMENT
            case UNAUTHORIZED -> 16;                                            // UNAUTHENTICATED
            case FORBIDDEN -> 7;                                                // PERMISSION_DENIED
            case NOT_FOUND -> 5;                                                // NOT_FOUND
            case TOO_MANY_REQUESTS -> 8;                                        // RESOURCE_EXHAUSTED
            case SERVICE_UNAVAILABLE, BAD_GATEWAY, GATEWAY_TIMEOUT -> 14;       // UNAVAILABLE
            default -> status.is5xxServerError() ? 13 : 2;                      // INTERNAL, UNKNOWN
        };
    }
}
