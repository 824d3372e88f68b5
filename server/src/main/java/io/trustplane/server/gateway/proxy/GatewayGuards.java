package io.trustplane.server.gateway.proxy;

import io.trustplane.server.gateway.spi.GatewayExchange;
import io.trustplane.server.gateway.spi.GatewayGuard;
import io.trustplane.server.gateway.spi.GatewayOutcome;
import io.trustplane.server.gateway.spi.RequestDecision;
import io.trustplane.server.gateway.spi.ResponseDecision;
import io.trustplane.server.gateway.spi.SseEvent;
import io.trustplane.server.gateway.spi.StreamAction;
import io.trustplane.server.gateway.spi.StreamGuard;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every {@link GatewayGuard} bean, in {@code @Order}, as one: a request passes each in turn (a replacement body is what
 * the next one sees; the first block or answer ends the call), and so does a response; the events of a stream flow through each
 * guard's {@link StreamGuard} in turn, and a cut anywhere ends the stream with that guard's final events. With no guard
 * beans every call is passed through.
 */
@Component
class GatewayGuards {
    private static final Logger log = LoggerFactory.getLogger(GatewayGuards.class);
    private final List<GatewayGuard> guards;

    GatewayGuards(ObjectProvider<GatewayGuard> guards) {
        this.guards = guards.orderedStream().toList();
    }

    RequestDecision onRequest(GatewayExchange exchange, byte[] body) {
        byte[] current = body;
        for (GatewayGuard guard : guards) {
            RequestDecision decision = guard.onRequest(exchange, current);
            if (decision.ends()) return decision;
            if (decision.action() == RequestDecision.Action.REPLACE) current = decision.body();
        }
        return current == body ? RequestDecision.PASS : RequestDecision.replace(current);
    }

    boolean inspectsResponse(GatewayExchange exchange) {
        for (GatewayGuard guard : guards) {
            if (guard.inspectsResponse(exchange)) return true;
        }
        return false;
    }

    ResponseDecision onResponse(GatewayExchange exchange, int status, byte[] body) {
        byte[] current = body;
        for (GatewayGuard guard : guards) {
            if (!guard.inspectsResponse(exchange)) continue;
            ResponseDecision decision = guard.onResponse(exchange, status, current);
            if (decision.action() == ResponseDecision.Action.BLOCK) return decision;
            if (decision.action() == ResponseDecision.Action.REPLACE) current = decision.body();
        }
        return current == body ? ResponseDecision.PASS : ResponseDecision.replace(current);
    }

    StreamGuard onStream(GatewayExchange exchange) {
        List<StreamGuard> chain = new ArrayList<>(guards.size());
        for (GatewayGuard guard : guards) {
            StreamGuard streamGuard = guard.onStream(exchange);
            if (streamGuard != StreamGuard.PASS) chain.add(streamGuard);
        }
        if (chain.isEmpty()) return StreamGuard.PASS;
        return chain.size() == 1 ? chain.getFirst() : new Chain(chain);
    }

    void onComplete(GatewayExchange exchange, GatewayOutcome outcome) {
        for (GatewayGuard guard : guards) {
            try {
                guard.onComplete(exchange, outcome);
            } catch (RuntimeException e) {
                log.error("gateway guard {} failed on completion of a call", guard.getClass().getName(), e);
            }
        }
    }

    /** Stream guards in order: what one emits is what the next sees. */
    private record Chain(List<StreamGuard> guards) implements StreamGuard {

        @Override
        public StreamAction onEvent(SseEvent event) {
            return feed(0, List.of(event));
        }

        @Override
        public List<SseEvent> onEnd() {
            List<SseEvent> out = new ArrayList<>();
            for (int i = 0; i < guards.size(); i++) {
                List<SseEvent> released = guards.get(i).onEnd();
                if (released.isEmpty()) continue;
                StreamAction downstream = feed(i + 1, released);
                out.addAll(downstream.emit());
                if (downstream.cut()) return out;
            }
            return out;
        }

        /** Feeds {@code events} to the guards from index {@code from} on. */
        private StreamAction feed(int from, List<SseEvent> events) {
            List<SseEvent> current = events;
            for (int i = from; i < guards.size(); i++) {
                List<SseEvent> next = new ArrayList<>();
                for (SseEvent e : current) {
                    StreamAction action = guards.get(i).onEvent(e);
                    next.addAll(action.emit());
                    if (action.cut()) return StreamAction.cut(next);
                }
                current = next;
            }
            return StreamAction.emit(current);
        }
    }
}
