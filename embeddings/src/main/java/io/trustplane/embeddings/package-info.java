/**
 * Optional heavier guard stages built on the bundled all-MiniLM-L6-v2 sentence embedding model
 * (in-process ONNX). Kept out of {@code core} so that core stays small and dependency-light.
 */
package io.trustplane.embeddings;
