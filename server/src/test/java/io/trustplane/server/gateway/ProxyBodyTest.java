package io.trustplane.server.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trustplane.server.gateway.GatewayException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import io.trustplane.server.gateway.spi.SseEvent;
import org.junit.jupiter.api.Test;

/** The proxy's cheap body parse and alias rewrite, and the server-sent event splitter. */
class ProxyBodyTest {

    private static ProxyBody parse(String json) {
        return ProxyBody.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsModelAndStreamAnywhereAmongOtherFields() {
        ProxyBody body = parse("{\"messages\":[{\"content\":\"\\\"model\\\": \\\"x\\\"\"}],\"stream\":true,\"model\":\"gpt-\\u0034o\"}");
        assertThat(body.model()).isEqualTo("gpt-4o");
        assertThat(body.stream()).isTrue();
        assertThat(parse("{\"model\":\"m\",\"stream\":false}").stream()).isFalse();
        assertThat(parse("{\"input\":\"x\"}").model()).isNull();
    }

    @Test
    void aliasRewriteChangesOnlyTheModelValue() {
        String json = "{ \"a\": {\"model\": \"inner\"},\n \"model\" :\t\"al\\\"ias\" , \"z\": [1] }";
        ProxyBody body = parse(json);
        assertThat(body.model()).isEqualTo("al\"ias");
        assertThat(new String(body.withModel("deploy/ü"), StandardCharsets.UTF_8))
                .isEqualTo("{ \"a\": {\"model\": \"inner\"},\n \"model\" :\t\"deploy/ü\" , \"z\": [1] }");
        assertThat(body.withModel("al\"ias")).isSameAs(body.bytes());
    }

    @Test
    void refusesWhatParsersWouldReadDifferently() {
        assertThatThrownBy(() -> parse("{\"model\":\"a\",\"model\":\"b\"}")).isInstanceOf(GatewayException.class);
        assertThatThrownBy(() -> parse("{\"stream\":true,\"stream\":false}")).isInstanceOf(GatewayException.class);
        assertThatThrownBy(() -> parse("{\"model\":3}")).isInstanceOf(GatewayException.class);
        assertThatThrownBy(() -> parse("[1]")).isInstanceOf(GatewayException.class);
        assertThatThrownBy(() -> parse("{} {}")).isInstanceOf(GatewayException.class);
        assertThatThrownBy(() -> parse("{\"model\":")).isInstanceOf(GatewayException.class);
    }

    /** Hands out the stream in small pieces, as a network does. */
    private static InputStream trickle(String text, int piece) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, piece));
            }
        };
    }

    @Test
    void splitsEventsAtBlankLinesKeepingEveryByte() throws IOException {
        String stream = ": keep-alive\n\ndata: {\"a\":1}\n\nevent: response.created\r\ndata: {\"b\":\r\ndata: 2}\r\n\r\ndata: [DONE]\n\ndata: tail";
        for (int piece : new int[] {1, 3, 7, 1024}) {
            SseReader reader = new SseReader(trickle(stream, piece));
            List<SseEvent> events = new ArrayList<>();
            SseEvent e;
            StringBuilder joined = new StringBuilder();
            while ((e = reader.next()) != null) {
                events.add(e);
                joined.append(new String(e.raw(), StandardCharsets.UTF_8));
            }
            assertThat(joined.toString()).isEqualTo(stream);
            assertThat(events).extracting(SseEvent::data).containsExactly(null, "{\"a\":1}", "{\"b\":\n2}", "[DONE]", "tail");
            assertThat(events.get(2).event()).isEqualTo("response.created");
            assertThat(events.get(3).isDone()).isTrue();
        }
    }
}
