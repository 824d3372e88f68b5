package io.trustplane.server.otlp;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.trustplane.server.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The two OTLP/HTTP encodings: binary protobuf ({@code application/x-protobuf}) and the OTLP JSON mapping
 * ({@code application/json}: proto3 JSON with lowerCamelCase names, enums as integers, and trace and span ids as
 * hex rather than base64, see {@link OtlpJson}). A response is written in the encoding of its request.
 */
enum OtlpEncoding {
    PROTOBUF("application/x-protobuf"),
    JSON("application/json");

    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();

    final String mediaType;

    OtlpEncoding(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The encoding of a request's {@code Content-Type}, or 415. */
    static OtlpEncoding of(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/x-protobuf", "application/protobuf" -> PROTOBUF;
            case "application/json" -> JSON;
            default -> throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                    "OTLP/HTTP takes Content-Type application/x-protobuf or application/json, not '"
                            + (contentType == null ? "" : contentType) + "'.");
        };
    }

    /** The encoding to answer a request in whose {@code Content-Type} may be unsupported: protobuf unless JSON. */
    static OtlpEncoding forAnswer(String contentType) {
        try {
            return of(contentType);
        } catch (ApiException e) {
            return PROTOBUF;
        }
    }

    /** Decodes a request body into {@code builder}'s message, or 400 saying why it is not one. */
    <T extends Message> T decode(byte[] body, Message.Builder builder, String what) {
        try {
            if (this == PROTOBUF) {
                builder.mergeFrom(body);
            } else {
                OtlpJson.merge(body, builder);
            }
        } catch (InvalidProtocolBufferException e) {
            throw undecodable(what, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw undecodable(what, e.getMessage());
        }
        @SuppressWarnings("unchecked")
        T message = (T) builder.build();
        return message;
    }

    byte[] encode(Message message) {
        if (this == PROTOBUF) return message.toByteArray();
        try {
            return PRINTER.print(message).getBytes(StandardCharsets.UTF_8);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("cannot print " + message.getDescriptorForType().getFullName(), e);
        }
    }

    private ApiException undecodable(String what, String why) {
        return new ApiException(HttpStatus.BAD_REQUEST, "undecodable", "Undecodable OTLP request",
                "The body is not " + (this == PROTOBUF ? "a protobuf-encoded " : "an OTLP/JSON ") + what + ": " + why);
    }
}
