package io.trustplane.embeddings;

import io.trustplane.core.guard.injection.SecondOpinion;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The injection detector's optional second opinion: logistic regression over the all-MiniLM-L6-v2
 * sentence embedding (384 dimensions, {@link MiniLmEncoder}) of a text.
 *
 * <p>Why: the fast stage reads surface n-grams; a sentence embedding captures what a text is about
 * ("a persona with no rules" vs. "a persona that tutors maths"), which helps on the grey-zone cases
 * (role-play prompts) where n-grams disagree. It costs milliseconds per call, so
 * {@link io.trustplane.core.guard.injection.InjectionDetector} asks it only inside its grey zone.
 * Thread-safe; the model and head are loaded once per instance (share one instance).
 */
public final class EmbeddingSecondOpinion implements SecondOpinion {
    public static final int DIM = MiniLmEncoder.DIM;
    static final String RESOURCE = "/io/trustplane/embeddings/head.bin";
    static final int MAGIC = 0x54504548; // "TPEH"

    private final MiniLmEncoder encoder;
    private final float[] w;
    private final float b;

    /** Loads the bundled model and the trained head. */
    public EmbeddingSecondOpinion() {
        this(new MiniLmEncoder(), loadHead());
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
    static float[] loadHead() {
        try (InputStream in = EmbeddingSecondOpinion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + "; run scripts/train-guard-models.sh");
            }
            DataInputStream d = new DataInputStream(in);
            if (d.readInt() != MAGIC || d.readInt() != DIM) {
                throw new IOException("not an embedding head");
            }
            float[] head = new float[DIM + 1];
            for (int i = 0; i <= DIM; i++) {
                head[i] = d.readFloat();
            }
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeHead(float[] head, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(MAGIC);
        d.writeInt(DIM);
        for (float v : head) {
            d.writeFloat(v);
        }
        d.flush();
    }
}
