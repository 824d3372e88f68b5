package io.trustplane.server.gateway.guard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Gateway guard settings ({@code trustplane.gateway.guard.*}); what a block or a redaction does to the caller is the
 * project's, in its policy ({@code gateway} section).
 *
 * @param input guard requests before forwarding them
 * @param output guard answers (whole, or while streaming) before returning them
 * @param streamWindow see {@link StreamWindow#window()}
 * @param streamStride see {@link StreamWindow#stride()}
 * @param streamHoldBack see {@link StreamWindow#holdBack()}
 */
@ConfigurationProperties("trustplane.gateway.guard")
public record GatewayGuardProperties(Boolean input, Boolean output, Integer streamWindow, Integer streamStride, Integer streamHoldBack) {

    public GatewayGuardProperties {
        input = input == null || input;
        output = output == null || output;
        streamWindow = streamWindow == null ? StreamWindow.DEFAULTS.window() : streamWindow;
        streamStride = streamStride == null ? StreamWindow.DEFAULTS.stride() : streamStride;
        streamHoldBack = streamHoldBack == null ? StreamWindow.DEFAULTS.holdBack() : streamHoldBack;
        new StreamWindow(streamWindow, streamStride, streamHoldBack); // fails start-up on an impossible combination
    }

    public StreamWindow window() {
        return new StreamWindow(streamWindow, streamStride, streamHoldBack);
    }
}
