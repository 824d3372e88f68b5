package io.trustplane.core.guard.text;

/**
 * The 32-bit finaliser of MurmurHash3 ({@code fmix32}): spreads every input bit over the whole word, so the
 * low bits of an FNV-style running hash can index a hashed feature table. Shared by the learned models'
 * feature hashing (injection n-grams, the PII name tagger); changing it changes every trained model.
 */
public final class Hashing {
    private Hashing() {
    }

    public static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
