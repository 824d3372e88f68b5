package io.trustplane.core.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the learned models that ship as class-path resources beside the classes that read them: the injection
 * model, the PII name tagger, the embedding head. A missing file means the weights were never trained into the
 * source tree, so the error names the command that writes them.
 */
public final class TrainedModels {
    private TrainedModels() {}

    /** Reads a model from the stream of its resource. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    /** The model in {@code resource}, resolved against {@code owner} as {@link Class#getResourceAsStream} does. */
    public static <T> T load(Class<?> owner, String resource, Reader<T> reader) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + "; run scripts/train-guard-models.sh");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
