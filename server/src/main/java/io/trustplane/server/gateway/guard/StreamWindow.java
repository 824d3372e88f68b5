package io.trustplane.server.gateway.guard;

/**
 * How a streamed answer is checked while it streams ({@link StreamOutputGuard}).
 *
 * @param window characters of already-checked text that each check reads again before the new text: a finding up to
 *     this long is seen whole even when it arrives split across any number of chunks
 * @param stride new characters of one text that trigger a check (a choice's end checks whatever is left): fewer
 *     checks per character, at the cost of holding up to {@code stride - 1} more characters
 * @param holdBack checked characters kept back at the end of each text: a finding that fits in them is cut or redacted
 *     before any of it reaches the client. The client sees text at most {@code holdBack + stride - 1} characters
 *     (plus the last chunk) behind the model.
 */
public record StreamWindow(int window, int stride, int holdBack) {
    public static final StreamWindow DEFAULTS = new StreamWindow(256, 16, 48);

    public StreamWindow {
        if (stride < 1) throw new IllegalArgumentException("stride must be at least 1, was " + stride);
        if (holdBack < 0) throw new IllegalArgumentException("holdBack must not be negative, was " + holdBack);
        if (window < holdBack) throw new IllegalArgumentException("window (" + window + ") must be at least holdBack (" + holdBack + ")");
    }
}
