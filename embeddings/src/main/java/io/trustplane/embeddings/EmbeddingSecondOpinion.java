package io.trustplane.embeddings;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.trustplane.core.guard.injection.SecondOpinion;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The injection detector's optional second opinion: logistic regression over the mean
 * all-MiniLM-L6-v2 sentence embedding (384 dimensions) of a text.
 *
 * <p>Why: the fast stage reads surface n-grams; a sentence embedding captures what a text is about
 * ("a persona with no rules" vs. "a persona that tutors maths"), which helps on the grey-zone cases
 * (role-play prompts) where n-grams disagree. It costs milliseconds per call, so
 * {@link io.trustplane.core.guard.injection.InjectionDetector} asks it only inside its grey zone.
 *
 * <p>Long texts: at most {@value #MAX_CHUNKS} chunks of {@value #CHUNK_CHARS} chars are embedded
 * (the first ones and the last one) and their embeddings averaged; the model itself reads at most
 * 256 tokens per chunk. The ONNX model ships inside its jar: nothing is downloaded at run time.
 * Thread-safe; the model and head are loaded once per instance (share one instance).
 */
public final class EmbeddingSecondOpinion implements SecondOpinion {
  public static final int DIM = 384;
  static final int CHUNK_CHARS = 1000;
  static final int MAX_CHUNKS = 4;
  static final String RESOURCE = "/io/trustplane/embeddings/head.bin";
  static final int MAGIC = 0x54504548; // "TPEH"

  private final EmbeddingModel model;
  private final float[] w;
  private final float b;

  /** Loads the bundled model and the trained head. */
  public EmbeddingSecondOpinion() {
    this(new AllMiniLmL6V2EmbeddingModel(), loadHead());
  }

  EmbeddingSecondOpinion(EmbeddingModel model, float[] head) {
    this.model = model;
    this.w = head;
    this.b = head[DIM];
  }

  @Override
  public double score(String normalisedText) {
    float[] e = embed(model, normalisedText);
    double z = b;
    for (int i = 0; i < DIM; i++) {
      z += w[i] * e[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Mean embedding of the bounded chunks of {@code text}. */
  static float[] embed(EmbeddingModel model, String text) {
    List<TextSegment> chunks = new ArrayList<>(MAX_CHUNKS);
    String t = text == null || text.isBlank() ? "." : text;
    int n = t.length();
    int count = Math.min(MAX_CHUNKS, (n + CHUNK_CHARS - 1) / CHUNK_CHARS);
    for (int c = 0; c < count; c++) {
      int start = (c == count - 1 && count > 1) ? Math.max(0, n - CHUNK_CHARS) : c * CHUNK_CHARS;
      chunks.add(TextSegment.from(t.substring(start, Math.min(n, start + CHUNK_CHARS))));
    }
    List<Embedding> embs = model.embedAll(chunks).content();
    float[] mean = new float[DIM];
    for (Embedding e : embs) {
      float[] v = e.vector();
      for (int i = 0; i < DIM; i++) {
        mean[i] += v[i] / embs.size();
      }
    }
    return mean;
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
