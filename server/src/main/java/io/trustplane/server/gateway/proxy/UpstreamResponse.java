package io.trustplane.server.gateway.proxy;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * An upstream's answer as the proxy reads it: status, headers and the body as a stream. The body's connection goes
 * back to the pool when the body was read to its end; closing the body before its end drops the connection instead,
 * which ends the upstream's request at once (a stream cut by a guard, a client that went away) rather than reading a
 * generation nobody wants to its end.
 */
final class UpstreamResponse implements AutoCloseable {
    private final HttpUriRequestBase request;
    private final ClassicHttpResponse response;
    private final Body body;

    UpstreamResponse(HttpUriRequestBase request, ClassicHttpResponse response, Duration idleTimeout) throws IOException {
        this.request = request;
        this.response = response;
        HttpEntity entity = response.getEntity();
        this.body = new Body(entity == null ? InputStream.nullInputStream() : entity.getContent(), idleTimeout);
    }

    int status() {
        return response.getCode();
    }

    Optional<String> header(String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? Optional.empty() : Optional.ofNullable(header.getValue());
    }

    OptionalLong contentLength() {
        HttpEntity entity = response.getEntity();
        return entity == null || entity.getContentLength() < 0 ? OptionalLong.empty() : OptionalLong.of(entity.getContentLength());
    }

    /** The body; closing it closes this response. A wait longer than the idle timeout for more of it throws {@link IdleException}. */
    InputStream body() {
        return body;
    }

    @Override
    public void close() {
        body.close();
    }

    /** The upstream sent nothing more of its body for the idle timeout ({@code trustplane.gateway.idle-timeout}). */
    static final class IdleException extends IOException {
        IdleException(Duration timeout, SocketTimeoutException cause) {
            super("the upstream sent nothing for " + timeout.toMillis() + " ms", cause);
        }
    }

    private final class Body extends FilterInputStream {
        private final Duration idleTimeout;
        private boolean ended;
        private boolean closed;

        Body(InputStream in, Duration idleTimeout) {
            super(in);
            this.idleTimeout = idleTimeout;
        }

        @Override
        public int read() throws IOException {
            try {
                int b = super.read();
                if (b < 0) ended = true;
                return b;
            } catch (SocketTimeoutException e) {
                throw new IdleException(idleTimeout, e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                int n = super.read(b, off, len);
                if (n < 0) ended = true;
                return n;
            } catch (SocketTimeoutException e) {
                throw new IdleException(idleTimeout, e);
            }
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            if (!ended) request.cancel(); // drops the connection: closing would read the rest of the body to reuse it
            try {
                response.close();
            } catch (IOException ignored) {
                // the connection is dropped either way; nothing of the answer is lost that the relay still needed
            }
        }
    }
}
