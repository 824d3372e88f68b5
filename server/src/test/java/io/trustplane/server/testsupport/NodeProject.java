package io.trustplane.server.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An npm project under {@code server/src/test} that a test runs with Node.js: checks that {@code node} (20.6 or later)
 * and {@code npm} are on the PATH, installs the pinned packages of its {@code package-lock.json} with {@code npm ci}
 * (on the first run, and again whenever the lock file is newer than what was installed), and runs scripts in it with a
 * time limit, keeping their output apart.
 */
public final class NodeProject {
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private final Path directory;
    private final String testName;

    private NodeProject(Path directory, String testName) {
        this.directory = directory;
        this.testName = testName;
    }

    /** The project {@code src/test/<name>} of the server module, for the test {@code testName} (named in failures). */
    public static NodeProject of(String name, String testName) {
        return new NodeProject(Path.of(System.getProperty("basedir", ".")).resolve("src/test").resolve(name).toAbsolutePath(), testName);
    }

    public Path directory() {
        return directory;
    }

    /** The result of one process: its exit code and what it printed on each stream. */
    public record Run(int exitCode, String stdout, String stderr) {
        public String output() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    /** Fails the test with what to do when Node.js or npm is missing or too old; runs {@code npm ci} when needed. */
    public NodeProject install(String script) throws Exception {
        assertThat(directory.resolve(script)).as("the npm project of " + testName).exists();
        String needs = testName + " needs Node.js 20.6 or later with npm on the PATH";
        for (String tool : List.of("node", "npm")) {
            Run version;
            try {
                version = run(List.of(command(tool), "--version"), env -> { }, 60);
            } catch (IOException e) {
                version = null;
            }
            if (version == null || version.exitCode() != 0) {
                fail(needs + " ('" + tool + " --version' did not run): install Node.js, or skip this test with -Dtest='!" + testName + "'");
            }
            Matcher node = Pattern.compile("v(\\d+)\\.(\\d+)").matcher(version.stdout());
            if (tool.equals("node") && node.find()
                    && Integer.parseInt(node.group(1)) * 1000 + Integer.parseInt(node.group(2)) < 20_006) {
                fail(needs + ", not " + version.stdout().strip());
            }
        }
        Path installed = directory.resolve("node_modules/.package-lock.json");
        if (!Files.exists(installed)
                || Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(directory.resolve("package-lock.json"))) < 0) {
            Run install = run(List.of(command("npm"), "ci", "--no-audit", "--no-fund", "--loglevel=error"), env -> { }, 600);
            assertThat(install.exitCode()).as("npm ci in %s:%n%s", directory, install.output()).isZero();
        }
        return this;
    }

    /** Runs {@code node <arguments>} in the project, with the environment as {@code environment} leaves it. */
    public Run node(List<String> arguments, Consumer<Map<String, String>> environment, long timeoutSeconds) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(command("node"));
        command.addAll(arguments);
        return run(command, environment, timeoutSeconds);
    }

    private Run run(List<String> command, Consumer<Map<String, String>> environment, long timeoutSeconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        environment.accept(builder.environment());
        Path out = Files.createTempFile("node", ".out");
        Path err = Files.createTempFile("node", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s:\n--- stdout\n" + Files.readString(out)
                        + "\n--- stderr\n" + Files.readString(err));
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String command(String tool) {
        return WINDOWS && tool.equals("npm") ? "npm.cmd" : tool;
    }
}
