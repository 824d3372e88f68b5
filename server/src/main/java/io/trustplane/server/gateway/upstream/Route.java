package io.trustplane.server.gateway.upstream;

/** One upstream a call may go to, and the model to ask it for (the alias resolved; the requested one otherwise). */
public record Route(UpstreamTarget target, String upstreamModel) {
}
