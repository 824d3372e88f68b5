package io.trustplane.server.ingest;

import io.trustplane.server.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.springframework.http.HttpStatus;

/**
 * Reads a request body with a size limit, enforced on the declared length before reading and on the
 * bytes actually read (chunked bodies, and gzip bodies after decompression, so a small compressed
 * body cannot expand without bound).
 */
public final class RequestBodies {
    private RequestBodies() {
    }

    public static byte[] read(HttpServletRequest request, long maxBytes) throws IOException {
        return read(request, maxBytes, "trustplane.ingest.max-body-size");
    }

    /** @param limitSetting the setting that sets {@code maxBytes}, named in the 413 answer */
    public static byte[] read(HttpServletRequest request, long maxBytes, String limitSetting) throws IOException {
        String encoding = request.getHeader("Content-Encoding");
        boolean gzip = encoding != null && encoding.trim().equalsIgnoreCase("gzip");
        if (encoding != null && !gzip && !encoding.trim().equalsIgnoreCase("identity")) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-encoding", "Unsupported content encoding",
                    "Content-Encoding '" + encoding + "' is not supported; send identity or gzip.");
        }
        if (!gzip && request.getContentLengthLong() > maxBytes) {
            throw tooLarge(maxBytes, limitSetting);
        }
        byte[] body;
        try {
            InputStream in = gzip ? new GZIPInputStream(request.getInputStream(), 8192) : request.getInputStream();
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            if (!gzip) throw e;
            throw ApiException.badRequest("The body is not valid gzip data: " + e.getMessage(), java.util.List.of());
        }
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes, limitSetting);
        }
        return body;
    }

    private static ApiException tooLarge(long maxBytes, String limitSetting) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                "The request body exceeds the limit of " + maxBytes + " bytes (" + limitSetting + "); "
                        + "split the batch into smaller requests.");
    }
}
