package io.trustplane.embeddings;

import java.util.Arrays;

/**
 * An experimental head for {@link EmbeddingSecondOpinion}, compared by {@link EmbeddingStackingCv}: one
 * hidden layer of ReLU units, {@code sigmoid(b2 + w2 . relu(W1 e + b1))}, {@code w1} row-major
 * {@code [hidden][DIM]}. On train cross-validation it separates far better than the shipped
 * logistic-regression head (docs/DETECTION.md), but did not raise the combined detector's dev recall at
 * 1% FPR; branch {@code injection-candidate} has it wired into {@link EmbeddingSecondOpinion}.
 */
record MlpHead(float[] w1, float[] b1, float[] w2, float b2) {
    static final int DIM = EmbeddingSecondOpinion.DIM;

    double score(float[] e) {
        double z = b2;
        for (int u = 0, row = 0; u < b1.length; u++, row += DIM) {
            double a = b1[u];
            for (int i = 0; i < DIM; i++) {
                a += w1[row + i] * e[i];
            }
            if (a > 0) {
                z += w2[u] * a;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    static final int HIDDEN = Integer.getInteger("tp.hidden", 64);
    static final int EPOCHS = Integer.getInteger("tp.mlpEpochs", 30);
    static final double LR = 1e-3;
    static final double L2 = Double.parseDouble(System.getProperty("tp.mlpL2", "1e-4"));
    static final int BATCH = 64;
    static final long SEED = 7;

    /**
     * Trains the head on embeddings {@code x} with labels {@code y}:
     * He-initialised, Adam (learning rate 1e-3) on shuffled mini-batches of {@value #BATCH}, L2
     * {@code tp.mlpL2}, {@code tp.mlpEpochs} epochs; one thread and a fixed seed, so deterministic.
     */
    static MlpHead train(float[][] x, boolean[] y, long seed) {
        int d = DIM;
        int h = HIDDEN;
        java.util.Random rnd = new java.util.Random(seed);
        // parameters in one array: W1 [h][d], b1 [h], w2 [h], b2
        int b1 = h * d;
        int w2 = b1 + h;
        int b2 = w2 + h;
        double[] p = new double[b2 + 1];
        for (int j = 0; j < b1; j++) {
            p[j] = rnd.nextGaussian() * Math.sqrt(2.0 / d);
        }
        for (int j = w2; j < b2; j++) {
            p[j] = rnd.nextGaussian() * Math.sqrt(1.0 / h);
        }
        double[] m = new double[p.length];
        double[] v = new double[p.length];
        double[] g = new double[p.length];
        double[] a = new double[h];
        int[] order = java.util.stream.IntStream.range(0, x.length).toArray();
        long step = 0;
        for (int e = 0; e < EPOCHS; e++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int start = 0; start < order.length; start += BATCH) {
                Arrays.fill(g, 0);
                int n = Math.min(BATCH, order.length - start);
                for (int bi = 0; bi < n; bi++) {
                    int r = order[start + bi];
                    float[] xi = x[r];
                    double z = p[b2];
                    for (int u = 0; u < h; u++) {
                        double acc = p[b1 + u];
                        for (int q = 0; q < d; q++) {
                            acc += p[u * d + q] * xi[q];
                        }
                        a[u] = Math.max(0, acc);
                        z += p[w2 + u] * a[u];
                    }
                    double err = (1 / (1 + Math.exp(-z)) - (y[r] ? 1 : 0)) / n;
                    g[b2] += err;
                    for (int u = 0; u < h; u++) {
                        g[w2 + u] += err * a[u];
                        if (a[u] > 0) {
                            double gu = err * p[w2 + u];
                            g[b1 + u] += gu;
                            for (int q = 0; q < d; q++) {
                                g[u * d + q] += gu * xi[q];
                            }
                        }
                    }
                }
                step++;
                double c1 = 1 - Math.pow(0.9, step);
                double c2 = 1 - Math.pow(0.999, step);
                for (int j = 0; j < p.length; j++) {
                    double gj = g[j] + L2 * p[j];
                    m[j] = 0.9 * m[j] + 0.1 * gj;
                    v[j] = 0.999 * v[j] + 0.001 * gj * gj;
                    p[j] -= LR * (m[j] / c1) / (Math.sqrt(v[j] / c2) + 1e-8);
                }
            }
        }
        float[] f = new float[p.length];
        for (int j = 0; j < p.length; j++) {
            f[j] = (float) p[j];
        }
        return new MlpHead(Arrays.copyOfRange(f, 0, b1), Arrays.copyOfRange(f, b1, w2), Arrays.copyOfRange(f, w2, b2), f[b2]);
    }
}
