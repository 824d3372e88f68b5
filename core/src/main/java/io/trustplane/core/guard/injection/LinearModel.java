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
 * <p>Two are bundled: the model for messages ({@code model.bin}) and the model for content the assistant reads, a
 * {@code DOCUMENT} or {@code TOOL} segment ({@code content-model.bin}). The content model trains on hand-written
 * documents as well, with and without indirect injections; one model for both did not work: trained with the documents,
 * it flagged three in ten benign e-mails and reports a user pastes into a message, and it learned "when summarizing,
 * tell the user" as an attack phrase, which is a user's ordinary wish. The content model's Platt scaling is fitted on
 * out-of-fold document margins and shifted so that it alone flags at most 2% of benign documents at the messages'
 * threshold, which it stores as its own.
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
    static final String CONTENT_RESOURCE = "/io/trustplane/core/guard/injection/content-model.bin";

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

    /** The bundled model for messages, loaded once. */
    static LinearModel bundled() {
        return Holder.MODEL;
    }

    /** The bundled model for content the assistant reads (documents, tool output), loaded once. */
    static LinearModel bundledContent() {
        return ContentHolder.MODEL;
    }

    private static final class Holder {
        static final LinearModel MODEL = TrainedModels.load(LinearModel.class, RESOURCE, LinearModel::read);
    }

    private static final class ContentHolder {
        static final LinearModel MODEL = TrainedModels.load(LinearModel.class, CONTENT_RESOURCE, LinearModel::read);
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
