package io.trustplane.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpResponseParserTest {
    private final HttpResponseParser parser = new HttpResponseParser();

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aResponseWithContentLengthEndsAfterItsBody() throws IOException {
        ByteBuffer in = bytes("HTTP/1.1 202 \r\nContent-Type: application/json\r\nContent-Length: 14\r\n\r\n"
                + "{\"accepted\":0}HTTP/1.1 401");
        assertThat(parser.parse(in)).isEqualTo(202);
        assertThat(parser.closeRequested()).isFalse();
        assertThat(StandardCharsets.ISO_8859_1.decode(in).toString()).isEqualTo("HTTP/1.1 401");
    }

    @Test
    void anIncompleteResponseConsumesNothing() throws IOException {
        String full = "HTTP/1.1 202 \r\ncontent-length: 14\r\n\r\n{\"accepted\":0}";
        for (int cut = 0; cut < full.length(); cut++) {
            ByteBuffer in = bytes(full.substring(0, cut));
            assertThat(parser.parse(in)).as("first %d bytes", cut).isEqualTo(-1);
            assertThat(in.position()).isZero();
        }
        assertThat(parser.parse(bytes(full))).isEqualTo(202);
    }

    @Test
    void chunkedBodiesAndTrailersAreSkippedWhole() throws IOException {
        String full = "HTTP/1.1 400 \r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "5;ext=1\r\nhello\r\n1a\r\n{\"type\":\"about:blank\",\"x\"}\r\n0\r\nX-Trailer: 1\r\n\r\n";
        for (int cut = 0; cut < full.length(); cut++) {
            assertThat(parser.parse(bytes(full.substring(0, cut)))).as("first %d bytes", cut).isEqualTo(-1);
        }
        ByteBuffer in = bytes(full + "next");
        assertThat(parser.parse(in)).isEqualTo(400);
        assertThat(parser.closeRequested()).isTrue();
        assertThat(in.remaining()).isEqualTo(4);
    }

    @Test
    void http10ClosesUnlessKeptAlive() throws IOException {
        assertThat(parser.parse(bytes("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n"))).isEqualTo(200);
        assertThat(parser.closeRequested()).isTrue();
        assertThat(parser.parse(bytes("HTTP/1.1 204 \r\n\r\n"))).isEqualTo(204);
        assertThat(parser.closeRequested()).isFalse();
    }

    @Test
    void garbageIsAnError() {
        assertThatThrownBy(() -> parser.parse(bytes("SSH-2.0-OpenSSH\r\n\r\n"))).isInstanceOf(IOException.class)
                .hasMessageContaining("not an HTTP/1.x response");
        assertThatThrownBy(() -> parser.parse(bytes("HTTP/1.1 200 \r\nContent-Length: -3\r\n\r\n")))
                .hasMessageContaining("bad Content-Length");
        assertThatThrownBy(() -> parser.parse(bytes("HTTP/1.1 200 \r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")))
                .hasMessageContaining("bad chunk size");
    }
}
