package io.trustplane.cli;

import io.trustplane.core.guard.Detector;
import io.trustplane.core.guard.TextRole;
import io.trustplane.core.guard.injection.InjectionConfig;
import io.trustplane.core.guard.injection.InjectionDetector;
import io.trustplane.core.guard.pii.PiiDetector;
import io.trustplane.core.guard.secrets.SecretsDetector;
import io.trustplane.embeddings.EmbeddingSecondOpinion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trustplane evaluate FILE...}: runs the detectors over labelled JSON Lines files and prints
 * Markdown tables. Each row is routed by its labels: {@code attack}/{@code benign} rows to the injection
 * detector, {@code secret}/{@code no_secret} rows to the secrets detector, rows with {@code spans} to the
 * PII detector.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluates the guard detectors on labelled JSON Lines files (the format of ../shared/datasets).",
                "Prompts: recall, FPR, precision, F1, ROC AUC and recall at 1%% FPR per source_set.",
                "PII: span precision/recall/F1 per entity type, exact and overlap match. Secrets: precision and recall."})
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON Lines files to evaluate.")
    List<Path> files;

    @Option(names = "--split", defaultValue = "dev",
            description = "Rows to use: dev, train or all (rows without a split are always used). Default: ${DEFAULT-VALUE}.")
    String split;

    @Option(names = "--role", defaultValue = "user", paramLabel = "ROLE",
            description = {"Who wrote the prompt rows' texts: user (a chat message), document (a web page, e-mail or file the model "
                    + "reads) or tool (a tool's result). Instructions addressed to the assistant are indirect injection in a "
                    + "document or tool result, weak evidence from the user. A row's own 'role' field takes precedence. "
                    + "Default: ${DEFAULT-VALUE}."})
    String role;

    @Option(names = "--embeddings", description = "Also run the injection detector's embedding stage where the fast stages are unsure.")
    boolean embeddings;

    @Override
    public Integer call() throws Exception {
        if (!List.of("dev", "train", "all").contains(split)) {
            System.err.println("--split must be dev, train or all");
            return 2;
        }
        TextRole promptRole = DatasetRow.role(role);
        if (promptRole == null) {
            System.err.println("--role must be one of " + String.join(", ", DatasetRow.ROLES) + ", not '" + role + "'");
            return 2;
        }
        Map<DatasetRow.Kind, List<DatasetRow>> byKind = new EnumMap<>(DatasetRow.Kind.class);
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                System.err.println("no such file: " + file);
                return 2;
            }
            List<DatasetRow> rows;
            try {
                rows = DatasetReader.read(file, split);
            } catch (IllegalArgumentException malformed) { // the message names the file and line
                System.err.println(malformed.getMessage());
                return 2;
            }
            for (DatasetRow row : rows) {
                byKind.computeIfAbsent(row.kind(), k -> new ArrayList<>()).add(row);
            }
        }
        StringBuilder out = new StringBuilder();
        List<DatasetRow> prompts = byKind.getOrDefault(DatasetRow.Kind.PROMPT, List.of());
        if (!prompts.isEmpty()) {
            Detector injection = embeddings
                    ? new InjectionDetector(InjectionConfig.DEFAULTS.withSecondOpinion(new EmbeddingSecondOpinion()))
                    : InjectionDetector.withDefaults();
            out.append("## Prompt injection and jailbreak (").append(prompts.size()).append(" rows, split ").append(split)
                    .append(embeddings ? ", with embedding stage" : ", fast path")
                    .append(promptRole == TextRole.USER ? "" : ", written as " + role.toLowerCase(Locale.ROOT)).append(")\n\n")
                    .append(PromptEvaluation.run(injection, prompts, promptRole)).append('\n');
        }
        List<DatasetRow> pii = byKind.getOrDefault(DatasetRow.Kind.PII, List.of());
        if (!pii.isEmpty()) {
            out.append("## PII (").append(pii.size()).append(" rows, split ").append(split).append(")\n\n")
                    .append(PiiSpanEvaluation.run(PiiDetector.withDefaults(), pii)).append('\n');
        }
        List<DatasetRow> secrets = byKind.getOrDefault(DatasetRow.Kind.SECRET, List.of());
        if (!secrets.isEmpty()) {
            out.append("## Secrets (").append(secrets.size()).append(" rows, split ").append(split).append(")\n\n")
                    .append(SecretEvaluation.run(SecretsDetector.withDefaults(), secrets)).append('\n');
        }
        int unknown = byKind.getOrDefault(DatasetRow.Kind.UNKNOWN, List.of()).size();
        if (unknown > 0) {
            out.append(unknown).append(" rows had no label this command knows (attack/benign, secret/no_secret, or spans) and were skipped.\n");
        }
        if (out.isEmpty()) {
            System.err.println("no rows to evaluate in split '" + split + "'");
            return 1;
        }
        System.out.print(out);
        return 0;
    }
}
