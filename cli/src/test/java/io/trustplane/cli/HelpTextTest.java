package io.trustplane.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help renders cleanly: picocli reads descriptions as format strings, so a bare '%' breaks them. */
class HelpTextTest {

    @Test
    void everyCommandsHelpFormatsWithoutPicocliWarnings() {
        PrintStream original = System.err;
        ByteArrayOutputStream traced = new ByteArrayOutputStream();
        StringWriter evaluateHelp = new StringWriter();
        try {
            System.setErr(new PrintStream(traced, true, StandardCharsets.UTF_8)); // picocli's tracer writes here
            for (String name : new CommandLine(new TrustPlaneCli()).getSubcommands().keySet()) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                CommandLine cli = new CommandLine(new TrustPlaneCli());
                cli.setOut(new PrintWriter(out, true));
                cli.setErr(new PrintWriter(err, true));
                assertThat(cli.execute(name, "--help")).as(name + ": " + err).isZero();
                assertThat(out.toString()).as(name).isNotBlank();
                if (name.equals("evaluate")) {
                    evaluateHelp.write(out.toString());
                }
            }
        } finally {
            System.setErr(original);
        }
        assertThat(traced.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
        assertThat(evaluateHelp.toString()).contains("recall at 1% FPR per");
    }
}
