package io.trustplane.core.guard.pii;
public enum RedactionMode { MASK, TYPE_TAG, PSEUDONYM, HASH }
