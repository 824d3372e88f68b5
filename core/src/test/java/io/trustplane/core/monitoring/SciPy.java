package io.trustplane.core.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a reference script under {@code core/src/test/python} with SciPy and returns what it printed.
 *
 * <p>The monitoring statistics are checked against SciPy on generated data: a test builds its input in
 * Java (seeded), passes it as JSON on the script's standard input, and compares the script's JSON answer
 * with its own. Python 3 with SciPy is part of this machine's image; {@code .ci/run} checks it is there, so a
 * missing SciPy fails the build instead of silently skipping the comparison.
 */
public final class SciPy {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Path SCRIPTS = locateScripts();

    private SciPy() {
    }

    /** Runs {@code core/src/test/python/<script>} with {@code input} as JSON on stdin; returns its stdout as JSON. */
    public static JsonNode run(String script, Object input) {
        Path file = SCRIPTS.resolve(script);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no reference script " + file);
        }
        try {
            Process process = new ProcessBuilder("python3", file.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            byte[] body = JSON.writeValueAsBytes(input);
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(body);
            }
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " did not finish in 5 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(script + " exited with " + process.exitValue() + ": "
                        + new String(out, StandardCharsets.UTF_8));
            }
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run python3 " + file + " (python3 with scipy is required)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + script, e);
        }
    }

    /**
     * Relative difference, with an absolute floor so that values near zero compare by absolute error:
     * {@code |a - b| / max(|a|, |b|, 1e-300)} for the usual case.
     */
    public static double relativeError(double actual, double expected) {
        if (actual == expected) {
            return 0;
        }
        double scale = Math.max(Math.abs(actual), Math.abs(expected));
        return Math.abs(actual - expected) / Math.max(scale, 1e-300);
    }

    private static Path locateScripts() {
        for (Path candidate : new Path[] {Path.of("src/test/python"), Path.of("core/src/test/python")}) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException("cannot find core/src/test/python from " + Path.of("").toAbsolutePath());
    }
}
