package io.trustplane.cli;

import io.trustplane.cli.audit.ExportCommand;
import io.trustplane.cli.audit.VerifyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code trustplane} command line: {@code java -jar cli/target/trustplane-cli.jar <command>}. */
@Command(name = "trustplane", mixinStandardHelpOptions = true, version = "trustplane 0.1.0",
        description = "TrustPlane command-line tools.",
        subcommands = {EvaluateCommand.class, VerifyCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class TrustPlaneCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new TrustPlaneCli()).execute(args));
    }
}
