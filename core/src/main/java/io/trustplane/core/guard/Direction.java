package io.trustplane.core.guard;

/** Whether text goes to the model (input) or comes from it (output). */
public enum Direction {
    INPUT,
    OUTPUT
}
