package io.trustplane.core.guard.injection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Documents an assistant or agent reads while doing a user's task, {@code documents.jsonl}, written by hand for this
 * project: e-mails, web pages, reviews, tickets, chats, tool output, code, tables, résumés, reports, wikis. The
 * {@code attack} rows carry an indirect injection (an order to the AI reading them: exfiltration, tool actions, biased
 * answers, links, derailment, extraction; naming the AI, posing as the user, or with no addressee, as in BIPIA and
 * InjecAgent); the {@code benign} rows are ordinary documents in the same words (instructions for people, "please
 * disregard my previous e-mail", human assistants, articles about chatbots, prompt templates in code). The prompt data
 * set holds no documents, so without them the model had seen neither. The {@code train} rows were written by ten
 * authors: messages and web pages; tool output, code and reports; an agent's tool results with orders in their data
 * fields; longer prose (contracts, minutes, papers, CVs, manuals), a quarter in other languages; what a coding agent
 * reads (source, pull requests, issues, CI logs, rules files); short texts (notifications, snippets, reviews) and
 * forwarded threads; tool results of fourteen domains in the shapes of the agent benchmarks ({@code tools_…}, role
 * {@code tool}), half their injections bare requests in the owner's voice; e-mails, pages, notes, code, MCP servers and
 * chat exports with letters to the AI, hidden text and fake markers ({@code prose_…}); owner's-voice requests in
 * fields a stranger can write, with requests between people beside them ({@code owner_…}); orders for whoever
 * summarises or translates a document, with imperatives for human readers beside them ({@code offtask_…}); documents
 * and tool results in about 30 other languages, by two more, each injection in its language's own idioms (system
 * notices, "### NUEVA TAREA ###", conditional orders, priority claims), beside policies that replace earlier
 * versions, instructions for colleagues and texts about prompt injection ({@code documents_multilingual}). The
 * {@code dev} rows, to
 * measure, by two more, apart from them: one in the styles of the public indirect-injection benchmarks, one in the shape
 * of reported incidents (hidden text for search chatbots, issues that steer coding agents, image-link exfiltration,
 * rules files). All rows are meant to be scanned as content ({@link io.trustplane.core.guard.TextRole#DOCUMENT} or
 * {@link io.trustplane.core.guard.TextRole#TOOL}, which the detector treats alike).
 */
final class DocumentCorpus {
    static final String RESOURCE = "core/src/test/resources/io/trustplane/core/guard/injection/documents.jsonl";

    private DocumentCorpus() {}

    /** The committed corpus, or an empty list where it is absent. */
    static List<PromptRows.Row> read(Path repo) throws IOException {
        return BenignCorpus.readResource(repo, RESOURCE);
    }
}
