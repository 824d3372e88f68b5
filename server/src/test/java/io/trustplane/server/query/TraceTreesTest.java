package io.trustplane.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceTreesTest {

    private static SpanNode span(String id, String parent) {
        return new SpanNode(id, parent, id, "llm", Instant.EPOCH, null, null, "ok", null, null, null, null, null,
                null, null, null, null, null, null, List.of(), null, null);
    }

    @Test
    void nestsChildrenUnderTheirParentsInStartOrder() {
        List<SpanNode> roots = TraceTrees.build(List.of(span("a", null), span("b", "a"), span("c", "b"), span("d", "a")));
        assertThat(roots).extracting(SpanNode::spanId).containsExactly("a");
        assertThat(roots.getFirst().children()).extracting(SpanNode::spanId).containsExactly("b", "d");
        assertThat(roots.getFirst().children().getFirst().children()).extracting(SpanNode::spanId).containsExactly("c");
    }

    @Test
    void orphansSelfParentsAndCyclesBecomeRootsSoNothingIsLost() {
        List<SpanNode> roots = TraceTrees.build(List.of(span("orphan", "missing"), span("self", "self"),
                span("x", "y"), span("y", "x")));
        assertThat(roots).extracting(SpanNode::spanId).contains("orphan", "self");
        // Every span appears exactly once in the forest.
        assertThat(count(roots)).isEqualTo(4);
    }

    private static int count(List<SpanNode> nodes) {
        return nodes.stream().mapToInt(n -> 1 + count(n.children())).sum();
    }
}
