package io.trustplane.core.guard.injection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * User messages written by hand for this project, {@code written_messages.jsonl}: jailbreaks and injections in the
 * shapes the prompt data set barely holds, each beside benign messages in the same form. The data set's 618 train attacks
 * are mostly long in-the-wild jailbreaks ("DAN", "developer mode"), so the model had seen few of the short attacks that
 * public sets are made of: pretexts (fiction, hypotheticals, claimed authority, a dead grandmother), invented
 * unrestricted personas and dual answers, many-shot transcripts and crescendo follow-ups, secret and system-prompt
 * extraction games, forced outputs and task switches, and an assistant's scope widened by a claimed policy or override.
 * The benign rows use the same framings for harmless ends (novels with villains, role-play practice, few-shot prompts,
 * pasted transcripts, users quoting a bot, a user's own password questions, "reply only with the JSON", developers
 * writing and loading their own system prompts). Five authors wrote the {@code train} rows (pretexts and personas;
 * dialogues and few-shot prompts; extraction, hijacks and scope; messages quoting a bot; developer requests), none of them
 * seeing the detector or each other's files. The held-out measure is round 3 of {@code injection_probes.jsonl}, written
 * by a sixth before any of them was trained on. Two more authors wrote {@code written_multilingual_a} and {@code _b}: the
 * same kinds of attacks and benign look-alikes in 28 other languages and code-switched (348 attacks, 523 benign); their
 * held-out measure is round 6. {@code written_multilingual_c} (claimed authority, safeguards turned off, modes, fiction;
 * in about 30 languages) is measured by round 7. One more author wrote {@code written_framing} (English) and {@code
 * written_multilingual_d} (34 other languages): fiction and hypotheticals used to get around the rules, and overrides
 * that avoid "ignore" and "forget" ("the guidance you were given earlier no longer applies"), beside real fiction,
 * users changing their own earlier request, and talk of superseded policies and factory resets (158 attacks, 196
 * benign); measured by the fiction and override probes of rounds 6 and 7 and by round 8.
 */
final class MessageCorpus {
    static final String RESOURCE = "core/src/test/resources/io/trustplane/core/guard/injection/written_messages.jsonl";

    private MessageCorpus() {}

    /** The committed corpus, or an empty list where it is absent. */
    static List<PromptRows.Row> read(Path repo) throws IOException {
        return BenignCorpus.readResource(repo, RESOURCE);
    }
}
