package io.trustplane.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SpanBodiesTest {
    private static final Pattern TRACE_ID = Pattern.compile("\"traceId\":\"([^\"]+)\"");
    private static final Pattern SPAN = Pattern.compile("\\{\"traceId\"");

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void eachRequestCarriesItsOwnTraceIdAndTheRequestedNumberOfSpans() {
        SpanBodies bodies = new SpanBodies("run1", 3, 100);
        String first = text(bodies.body(0));
        String second = text(bodies.body(987_654_321));
        Matcher spans = SPAN.matcher(first);
        int count = 0;
        while (spans.find()) count++;
        assertThat(count).isEqualTo(100);
        assertThat(first).startsWith("{\"spans\":[").endsWith("]}");
        assertThat(bodies.body(0)).hasSize(bodies.size());

        Set<String> firstIds = traceIds(first);
        Set<String> secondIds = traceIds(second);
        assertThat(firstIds).containsExactly("run1-c3-000000000000");
        assertThat(secondIds).containsExactly("run1-c3-000987654321");
        assertThat(new SpanBodies("run1", 4, 1).body(0)).isNotEqualTo(new SpanBodies("run1", 3, 1).body(0));
    }

    @Test
    void aStampedRequestBufferCarriesTheSameBodyAsAFreshCopy() {
        SpanBodies bodies = new SpanBodies("run1", 2, 5);
        byte[] head = "POST / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        java.nio.ByteBuffer request = bodies.request(head);
        assertThat(request.remaining()).isEqualTo(head.length + bodies.size());
        bodies.stamp(request, head.length, 42);
        bodies.stamp(request, head.length, 43);
        byte[] sent = new byte[request.remaining()];
        request.get(sent);
        assertThat(text(sent)).isEqualTo("POST / HTTP/1.1\r\n\r\n" + text(bodies.body(43)));
    }

    @Test
    void spansAreRealisticLlmCalls() {
        String body = text(new SpanBodies("r", 0, 2).body(5));
        assertThat(body).contains("\"kind\":\"agent\"", "\"kind\":\"llm\"", "\"parentSpanId\":\"span-0000\"",
                "\"model\":\"gpt-4o-mini\"", "\"inputTokens\":48", "\"attributes\":{");
        assertThat(body.length() / 2).isBetween(600, 1100);
    }

    @Test
    void invalidOptionsAreExplained() {
        var err = new java.io.StringWriter();
        CommandLine cli = new CommandLine(new LoadGenerator()).setErr(new java.io.PrintWriter(err));
        assertThat(cli.execute("--key", "k", "--endpoint", "nope")).isNotZero();
        assertThat(err.toString()).contains("--endpoint must be one of noop, traces, otlp");
        err.getBuffer().setLength(0);
        assertThat(cli.execute("--batch", "5")).isNotZero();
        assertThat(err.toString()).contains("exactly one of --key and --admin-key");
        err.getBuffer().setLength(0);
        assertThat(cli.execute("--key", "k", "--duration", "soon")).isNotZero();
        assertThat(err.toString()).contains("not a duration");
        err.getBuffer().setLength(0);
        assertThat(cli.execute("--key", "k", "--rate", "-5")).isNotZero();
        assertThat(err.toString()).contains("--rate must be from 0");
        err.getBuffer().setLength(0);
        assertThat(cli.execute("--key", "k", "--duration", "0s")).isNotZero();
        assertThat(err.toString()).contains("--duration must be positive");
    }

    private static Set<String> traceIds(String body) {
        Set<String> ids = new HashSet<>();
        Matcher m = TRACE_ID.matcher(body);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }
}
