package io.trustplane.core.guard.injection;

import io.trustplane.core.guard.TrainedModels;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned stage: logistic regression over {@link Features}, with Platt scaling so its output
 * reads as a probability, and the default decision threshold chosen at training time by
 * cross-validation on the train split.
 *
 * <p>Why a linear model: it scores a kilobyte in microseconds with one pass over primitive arrays,
 * its weights are a compact resource, and training is deterministic and takes seconds. File
 * format (gzip): magic {@code TPIJ}, version, dimension, Platt a and b, threshold, then the
 * weights as IEEE floats.
 */
public final class LinearModel {
    static final int MAGIC = 0x54504A49; // "TPJI"
    static final int VERSION = 1;
    static final String RESOURCE = "/io/trustplane/core/guard/injection/model.bin";

    final float[] w;
    final double plattA;
    final double plattB;
    final double threshold;

    LinearModel(float[] w, double plattA, double plattB, double threshold) {
        this.w = w;
        this.plattA = plattA;
        this.plattB = plattB;
        this.threshold = threshold;
    }

    /** The bundled model, loaded once. */
    static LinearModel bundled() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final LinearModel MODEL = loadBundled();
    }

    private static LinearModel loadBundled() {
        return TrainedModels.load(LinearModel.class, RESOURCE, LinearModel::read);
    }

    static LinearModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not an injection model");
        }
        int dim = in.readInt();
        if (dim != Features.DIM) {
            throw new IOException("model dimension " + dim + " does not match features " + Features.DIM);
        }
        double a = in.readDouble();
        double b = in.readDouble();
        double t = in.readDouble();
        float[] w = new float[dim];
        for (int i = 0; i < dim; i++) {
            w[i] = in.readFloat();
        }
        return new LinearModel(w, a, b, t);
    }

    void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(w.length);
        out.writeDouble(plattA);
        out.writeDouble(plattB);
        out.writeDouble(threshold);
        for (float v : w) {
            out.writeFloat(v);
        }
        out.flush();
        gz.finish();
    }

    /** Raw margin {@code w·x}. */
    double margin(Features f) {
        double m = 0;
        int[] idx = f.idx;
        float[] val = f.val;
        for (int k = 0, n = f.n; k < n; k++) {
            m += w[idx[k]] * val[k];
        }
        return m;
    }

    /** Calibrated probability of an attack. */
    double probability(Features f) {
        return calibrate(margin(f));
    }

    double calibrate(double margin) {
        double z = plattA * margin + plattB;
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
