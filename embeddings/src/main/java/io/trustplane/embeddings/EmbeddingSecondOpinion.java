package io.trustplane.embeddings;

import io.trustplane.core.guard.TrainedModels;
import io.trustplane.core.guard.injection.SecondOpinion;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The injection detector's optional second opinion: logistic regression over the all-MiniLM-L6-v2
 * sentence embedding (384 dimensions, {@link MiniLmEncoder}) of a text.
 *
 * <p>Why: the fast stage reads surface n-grams; a sentence embedding captures what a text is about
 * ("a persona with no rules" vs. "a persona that tutors maths"), which helps on the grey-zone cases
 * (role-play prompts) where n-grams disagree. It costs milliseconds per call, so
 * {@link io.trustplane.core.guard.injection.InjectionDetector} asks it only inside its grey zone.
 *
 * <p>The head is trained for one token window, and {@code head.bin} records it, so the encoder always reads
 * the window its head was trained on. The guard's window is {@link #WINDOW} tokens, shorter than the
 * encoder's general default: the transformer's cost is nearly proportional to it, and 32 tokens gave
 * the combined detector the same dev-split results as 64 (docs/DETECTION.md). ONNX Runtime runs the
 * call on the caller's thread only ({@link #THREADS}): a second intra-op thread needs a free core at
 * each of the ~150 parallel steps of a call, and on a busy machine waiting for it cost more than it saved
 * (docs/BENCHMARKS.md, "Guard scan").
 * Thread-safe; the model and head are loaded once per instance (share one instance).
 */
public final class EmbeddingSecondOpinion implements SecondOpinion {
    public static final int DIM = MiniLmEncoder.DIM;
    /** The token window that {@code scripts/train-guard-models.sh} trains the head for. */
    public static final int WINDOW = 32;
    /** ONNX Runtime intra-op threads per call. */
    static final int THREADS = 1;
    static final String RESOURCE = "/io/trustplane/embeddings/head.bin";
    static final int MAGIC = 0x54504532; // "TPE2": magic, dimension, window, weights, bias

    /** Logistic-regression weights ({@link #DIM} then the bias) for embeddings of {@code window} tokens. */
    record Head(float[] weights, int window) {
        Head {
            if (weights.length != DIM + 1) {
                throw new IllegalArgumentException("a head has " + (DIM + 1) + " parameters: " + weights.length);
            }
        }
    }

    private final MiniLmEncoder encoder;
    private final float[] w;
    private final float b;

    /** Loads the bundled model and the trained head, with the head's token window. */
    public EmbeddingSecondOpinion() {
        this(loadHead());
    }

    private EmbeddingSecondOpinion(Head head) {
        this(new MiniLmEncoder(head.window(), THREADS), head.weights());
    }

    EmbeddingSecondOpinion(MiniLmEncoder encoder, float[] head) {
        this.encoder = encoder;
        this.w = head;
        this.b = head[DIM];
    }

    @Override
    public double score(String normalisedText) {
        float[] e = encoder.embed(normalisedText);
        double z = b;
        for (int i = 0; i < DIM; i++) {
            z += w[i] * e[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
    static Head loadHead() {
        return TrainedModels.load(EmbeddingSecondOpinion.class, RESOURCE, EmbeddingSecondOpinion::readHead);
    }

    static Head readHead(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(in);
        if (d.readInt() != MAGIC || d.readInt() != DIM) {
            throw new IOException("not an embedding head of this version; run scripts/train-guard-models.sh");
        }
        int window = d.readInt();
        float[] weights = new float[DIM + 1];
        for (int i = 0; i <= DIM; i++) {
            weights[i] = d.readFloat();
        }
        return new Head(weights, window);
    }

    static void writeHead(Head head, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(MAGIC);
        d.writeInt(DIM);
        d.writeInt(head.window());
        for (float v : head.weights()) {
            d.writeFloat(v);
        }
        d.flush();
    }
}
