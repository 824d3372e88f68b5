package io.trustplane.core.guard.injection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.trustplane.core.guard.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast lexical and structural stage: families of linear-time RE2/J patterns over the normalised
 * text.
 *
 * <p>Why: a handful of attack shapes (instruction override, prompt extraction, chat-template
 * markers, exfiltration instructions) are stated in so few words that a model trained on long
 * jailbreak prompts can miss them, while a precise pattern catches every paraphrase that follows
 * the shape. Patterns are general (verb + quantifier + object, with bounded gaps), not fitted to
 * dataset rows. Each pattern is guarded by cheap {@code indexOf} anchors so that most text never
 * reaches the regex engine. RE2/J guarantees linear time on hostile input (no backtracking).
 *
 * <p>Patterns read the full view (leet and spacing folded) except structural ones that need
 * punctuation (markers, URLs, e-mail addresses, HTML), which read the light view.
 */
final class LexicalScanner {
  /** One pattern hit, in normalised coordinates of the view it was found in. */
  record Hit(InjectionType type, boolean light, int start, int end, double confidence, int rule) {}

  private record Rule(InjectionType type, boolean light, double confidence, String[] anchors, Pattern pattern) {}

  private static final String GAP = "[^.!?\\n]{0,40}?";
  private static final String SGAP = "[^.!?\\n]{0,20}?";

  private static final List<Rule> RULES = new ArrayList<>();

  static {
    // ---- instruction override
    String verbs = "ignore|ignoring|disregard|disregarding|forget|override|bypass|neglect|overlook|abandon|discard|"
        + "set aside|stop following|do not follow|don't follow|dont follow|no longer follow|throw away";
    String scope = "previous|prior|above|earlier|preceding|former|original|initial|old|all|your|system|developer|programmed";
    String objects = "instructions?|prompts?|directions?|rules?|guidelines?|commands?|context|constraints?|restrictions?|"
        + "polic(?:y|ies)|programming|directives?|orders|messages?|conversation|guardrails?|training|tasks?|"
        + "limitations|safeguards|filters|text|inputs?|content";
    add(InjectionType.INSTRUCTION_OVERRIDE, false, 0.92,
        new String[] {"ignor", "disregard", "forget", "overrid", "bypass", "neglect", "overlook",
            "abandon", "discard", "aside", "follow", "throw"},
        "\\b(?:" + verbs + ")\\b" + GAP + "\\b(?:" + scope + ")\\b" + SGAP + "\\b(?:" + objects + ")\\b");
    add(InjectionType.INSTRUCTION_OVERRIDE, false, 0.7,
        new String[] {"ignor", "forget", "disregard"},
        "\\b(?:ignore|forget|disregard)\\s+(?:everything|anything|all(?: of)? that|what (?:i|you|we) (?:said|told|were told|wrote))\\b");
    add(InjectionType.INSTRUCTION_OVERRIDE, false, 0.85,
        new String[] {"instruction", "task", "prompt"},
        "\\b(?:new|updated|real|actual|true|revised|override|secret|hidden|additional)\\s+(?:instructions?|tasks?|prompt|system prompt)\\s*(?::|-|are|is)");
    add(InjectionType.INSTRUCTION_OVERRIDE, false, 0.9,
        new String[] {"ignor", "vergiss", "missacht", "olvid", "oubli", "ignora", "dimentica"},
        "\\b(?:ignoriere|ignorieren|vergiss|vergessen sie|missachte|ignora|ignorar|olvida|olvide|oublie|oubliez|ignorez|dimentica)\\b"
            + "[^.!?\\n]{0,50}?\\b(?:anweisungen|befehle|instruktionen|regeln|vorgaben|alles|instrucciones|reglas|todo|"
            + "instructions|consignes|regles|tout|istruzioni|regole)\\b");
    add(InjectionType.INSTRUCTION_OVERRIDE, false, 0.8,
        new String[] {"instead", "actually"},
        "\\b(?:instead|actually)\\b[^.!?\\n]{0,20}\\b(?:you (?:must|should|will)|just|only)\\b[^.!?\\n]{0,30}\\b(?:say|print|output|respond|reply|write)\\b");

    // ---- role-play jailbreak
    add(InjectionType.ROLEPLAY_JAILBREAK, false, 0.9,
        new String[] {"mode"},
        "\\b(?:developer|dev|god|debug|jailbreak|jailbroken|unrestricted|unfiltered|uncensored|evil|chaos|sudo|admin|root|"
            + "maintenance|dan|anarchy|unlocked|opposite|bypass)\\s+mode\\b");
    add(InjectionType.ROLEPLAY_JAILBREAK, false, 0.92,
        new String[] {"do anything now", "anti-dan", "antidan", "jailbroken"},
        "\\b(?:do anything now|jailbroken|anti-?dan)\\b");
    add(InjectionType.ROLEPLAY_JAILBREAK, false, 0.65,
        new String[] {"jailbr", "jail br"},
        "\\b(?:jailbreak(?:ed|ing|s)?|jail broken)\\b");
    add(InjectionType.ROLEPLAY_JAILBREAK, false, 0.9,
        new String[] {"bound", "restrict", "limit", "constrain", "confin", "censor", "filter"},
        "\\b(?:no longer|not|never|aren't|are not|isn't|is not|free from|freed from|free of|released from|broken free of|"
            + "break free of|escaped)\\b[^.!?\\n]{0,25}?\\b(?:bound|restricted|limited|constrained|confined|censored|"
            + "filtered|held back)\\b[^.!?\\n]{0,25}?\\b(?:by|to)\\b[^.!?\\n]{0,30}?\\b(?:rules|polic(?:y|ies)|guidelines|"
            + "restrictions|limitations|filters|openai|anthropic|ethics|morals|principles|programming|constraints|laws)\\b");
    add(InjectionType.ROLEPLAY_JAILBREAK, false, 0.88,
        new String[] {"without", "no "},
        "\\b(?:without|with no|no|zero)\\s+(?:any\\s+|all\\s+|the\\s+)?(?:ethical|moral|content|safety)?\\s*"
            + "(?:restrictions|filters|filtering|censorship|limitations|limits|boundaries|guidelines|rules|morals|ethics|"
            + "principles|constraints|safeguards|warnings)\\b[^.!?\\n]{0,40}?\\b(?:whatsoever|at all|respond|answer|reply|"
            + "anything|any question|any request|you can|you will|you must|allowed)\\b");
    add(InjectionType.ROLEPLAY_JAILBREAK, false, 0.85,
        new String[] {"openai", "content polic", "guideline", "ethic", "moral", "filter", "safety"},
        "\\b(?:ignore|ignores|bypass|bypasses|circumvent|circumvents|disable|disables|"
            + "doesn't follow|does not follow|don't follow|do not follow|not follow|don't have to follow|do not have to follow|"
            + "doesn't care about|does not care about|don't care about|doesn't have|does not have|has no|have no)\\b"
            + "[^.!?\\n]{0,30}?\\b(?:openai|anthropic|content|safety|ethical|moral|usage)\\b[^.!?\\n]{0,20}?"
            + "\\b(?:polic(?:y|ies)|guidelines|filters?|restrictions|rules|principles|standards|boundaries|values)\\b");
    add(InjectionType.ROLEPLAY_JAILBREAK, false, 0.6,
        new String[] {"character", "refuse", "decline"},
        "\\b(?:stay in character|break(?:ing)? character|never (?:refuse|decline)|(?:can ?not|can't|cannot|won't|will not|must not|"
            + "do not|don't|never) (?:refuse|decline) (?:to )?(?:answer|respond|any|a request|anything))\\b");
    add(InjectionType.ROLEPLAY_JAILBREAK, false, 0.6,
        new String[] {"pretend", "act as", "roleplay", "role-play", "role play", "you are", "you're", "simulate", "imagine"},
        "\\b(?:pretend|act as|roleplay|role-play|role play|you are|you're|simulate|imagine)\\b[^.!?\\n]{0,60}?\\b(?:"
            + "unfiltered|uncensored|unrestricted|amoral|immoral|unethical|no (?:rules|limits|restrictions|filters|morals|ethics)|"
            + "evil|illegal|without (?:rules|limits|restrictions|filters|morals|ethics))\\b");

    // ---- prompt extraction
    add(InjectionType.PROMPT_EXTRACTION, false, 0.9,
        new String[] {"prompt", "instruction", "above", "initial", "system", "rules", "guidelines", "configuration"},
        "\\b(?:repeat|print|show|reveal|display|output|tell me|give me|write out|write down|leak|dump|disclose|spell out|"
            + "recite|echo|what (?:is|are|was|were))\\b[^.!?\\n]{0,30}?"
            + "\\b(?:(?:your|its)\\s+(?:\\w+\\s+)?(?:system prompt|prompt|instructions|initial prompt|configuration|"
            + "preprompt|pre-prompt|system message|rules|guidelines|directives)|"
            + "system prompt|initial prompt|original prompt|hidden prompt|secret prompt|pre-?prompt|system message|"
            + "(?:text|words|instructions|everything|prompt|content|lines) (?:above|before this|so far|preceding))\\b");
    add(InjectionType.PROMPT_EXTRACTION, false, 0.85,
        new String[] {"prompt", "instruction", "message", "rules", "directive"},
        "\\b(?:see|view|access|translate|summari[sz]e|read|know|send|paste|copy|return|provide|share)\\b[^.!?\\n]{0,30}?"
            + "\\b(?:your|the)\\s+(?:initial|original|hidden|secret|system|full|first|starting|exact|underlying|confidential)\\s+"
            + "(?:instructions|prompt|message|rules|directives|configuration)\\b");
    add(InjectionType.PROMPT_EXTRACTION, false, 0.7,
        new String[] {"supposed", "allowed", "forbidden", "permitted"},
        "\\b(?:what|which)\\b[^.!?\\n]{0,20}\\b(?:not supposed|not allowed|forbidden|not permitted)\\s+to\\s+"
            + "(?:tell|say|reveal|share|disclose|talk about|discuss)\\b");
    add(InjectionType.PROMPT_EXTRACTION, false, 0.85,
        new String[] {"told", "instruct", "program", "initiali"},
        "\\b(?:what|which|how)\\b[^.!?\\n]{0,15}\\b(?:were|are|was|have) you\\b[^.!?\\n]{0,15}\\b(?:told|instructed|programmed|"
            + "initiali[sz]ed|prompted)\\b");
    add(InjectionType.PROMPT_EXTRACTION, false, 0.85,
        new String[] {"begin", "start"},
        "\\b(?:begin|start)\\w* (?:your (?:reply|response|answer) )?with\\b[^.!?\\n]{0,30}\\b(?:you are|your instructions|"
            + "the (?:system|initial) prompt)\\b");

    // ---- fake role markers (light view: punctuation kept)
    add(InjectionType.ROLE_MARKER, true, 0.9,
        new String[] {"<|", "[inst", "[/inst", "<<sys", "[sys", "<s>", "</s>", "im_start", "endoftext", "eot_id", "start_header"},
        "<\\|\\s*(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text)\\s*\\|>"
            + "|\\[/?(?:inst|sys)\\]|<</?sys>>|\\bim_start\\b|\\bstart_header_id\\b");
    add(InjectionType.ROLE_MARKER, true, 0.85,
        new String[] {"system", "admin", "developer", "instruction", "assistant"},
        "(?:^|\\n)\\s*(?:#{2,}|={3,}|-{3,}|\\*\\*|\\[|<|\\{\\{)\\s*(?:system|admin|administrator|developer|root|"
            + "new instructions?|instructions?|system prompt|assistant)\\s*(?::|\\]|>|\\}\\}|#|\\*\\*|\\n)");
    add(InjectionType.ROLE_MARKER, true, 0.8,
        new String[] {"system", "admin", "developer"},
        "(?:^|\\n)\\s*(?:system|admin|administrator|developer|root|sudo)\\s*(?:message|prompt|override|notice|instruction|command|update)?\\s*:");
    add(InjectionType.ROLE_MARKER, true, 0.6,
        new String[] {"assistant", "ai:", "model:"},
        "(?:^|\\n)\\s*(?:assistant|ai|model|gpt|chatgpt)\\s*:");

    // ---- addressed to the AI (indirect injection in documents/tool output)
    add(InjectionType.INDIRECT_INJECTION, false, 0.7,
        new String[] {"ai", "assistant", "model", "bot", "gpt", "claude", "agent", "llm"},
        "\\b(?:note|attention|message|instructions?|important|reminder|hey|dear|notice|warning)\\b[^.!?\\n]{0,10}?"
            + "\\b(?:to|for)\\b\\s+(?:the\\s+|any\\s+|all\\s+)?(?:ai|assistant|language model|llm|chatbot|bot|agent|model|gpt|chatgpt|"
            + "claude|gemini|copilot)s?\\b");
    add(InjectionType.INDIRECT_INJECTION, false, 0.7,
        new String[] {"ai", "assistant", "model", "bot", "gpt", "agent", "llm"},
        "\\bif you are (?:an? )?(?:ai|assistant|language model|llm|chatbot|bot|agent|large language model|gpt)\\b");
    add(InjectionType.INDIRECT_INJECTION, false, 0.65,
        new String[] {"ai", "assistant", "model", "bot", "gpt", "agent", "llm"},
        "\\b(?:ai|assistant|language model|llm|chatbot|agent|ai model|gpt|chatgpt)s?\\b[^.!?\\n]{0,20}?\\b(?:must|should|shall|"
            + "needs? to|is instructed to|are instructed to|is required to|will now|must now)\\b[^.!?\\n]{0,30}?"
            + "\\b(?:ignore|say|tell|respond|reply|output|print|send|include|recommend|state|write|not mention|forward|visit|click)\\b");
    add(InjectionType.INDIRECT_INJECTION, true, 0.75,
        new String[] {"<!--"},
        "<!--[^>]{0,300}?\\b(?:ignore|instructions?|assistant|ai|system|prompt|you must|you should|model)\\b");
    add(InjectionType.INDIRECT_INJECTION, true, 0.55,
        new String[] {"color", "colour", "font-size", "display", "visibility", "opacity"},
        "(?:colou?r\\s*:\\s*(?:white|#fff(?:fff)?\\b|transparent|rgba\\([^)]{0,20},\\s*0\\))|font-size\\s*:\\s*0(?:px|pt|em)?\\b|"
            + "display\\s*:\\s*none|visibility\\s*:\\s*hidden|opacity\\s*:\\s*0(?:\\.0)?\\b)");

    // ---- exfiltration (light view: needs URL and e-mail punctuation)
    add(InjectionType.EXFILTRATION_INSTRUCTION, true, 0.85,
        new String[] {"http", "www.", "@", "webhook"},
        "\\b(?:send|forward|email|e-mail|mail|post|upload|transmit|exfiltrate|leak|submit|append|include|embed|encode|"
            + "attach|copy|share|report)\\b[^.!?\\n]{0,60}?\\b(?:conversation|chat|history|password|passwords|credentials?|secrets?|"
            + "api[ _-]?keys?|tokens?|personal (?:data|information|details)|user(?:'s)? (?:data|information|details|messages)|"
            + "system prompt|previous messages|all (?:the )?(?:data|messages|emails|files)|contacts|private|confidential|"
            + "session|cookies?|ssn|credit card)\\b[^\\n]{0,80}?(?:https?://|www\\.|[a-z0-9._%+-]+@[a-z0-9-]+\\.[a-z]{2,}|webhook)");
    add(InjectionType.EXFILTRATION_INSTRUCTION, true, 0.8,
        new String[] {"!["},
        "!\\[[^\\]\\n]{0,100}\\]\\(\\s*https?://[^)\\s]{0,200}?[?&][a-z0-9_]{1,30}=(?:\\{|\\[|<|\\$|%7b)");
  }

  private static void add(InjectionType type, boolean light, double conf, String[] anchors, String regex) {
    RULES.add(new Rule(type, light, conf, anchors, Pattern.compile(regex)));
  }

  /** Number of rules, for feature vectors. */
  static int ruleCount() {
    return RULES.size();
  }

  static InjectionType ruleType(int rule) {
    return RULES.get(rule).type();
  }

  /** Scans both views of {@code text}; at most {@code maxHitsPerRule} hits per rule. */
  static List<Hit> scan(NormalizedText text, int maxHitsPerRule) {
    List<Hit> hits = new ArrayList<>(4);
    String full = text.text();
    String light = text.light().text();
    for (int r = 0; r < RULES.size(); r++) {
      Rule rule = RULES.get(r);
      String s = rule.light() ? light : full;
      if (!anyAnchor(s, rule.anchors())) {
        continue;
      }
      Matcher m = rule.pattern().matcher(s);
      int count = 0;
      while (count < maxHitsPerRule && m.find()) {
        int st = m.start();
        int en = m.end();
        // trim a leading newline or space consumed by (?:^|\n)
        while (st < en && (s.charAt(st) == '\n' || s.charAt(st) == ' ')) {
          st++;
        }
        hits.add(new Hit(rule.type(), rule.light(), st, Math.max(st, en), rule.confidence(), r));
        count++;
        if (en >= s.length()) {
          break;
        }
      }
    }
    return hits;
  }

  static void profile(List<String> texts) {
    List<NormalizedText> ns = texts.stream().map(io.trustplane.core.guard.text.TextNormalizer::normalize).toList();
    for (int r = 0; r < RULES.size(); r++) {
      Rule rule = RULES.get(r);
      long t0 = System.nanoTime();
      int anchored = 0;
      for (NormalizedText n : ns) {
        String s = rule.light() ? n.light().text() : n.text();
        if (!anyAnchor(s, rule.anchors())) {
          continue;
        }
        anchored++;
        Matcher m = rule.pattern().matcher(s);
        while (m.find()) {
        }
      }
      System.out.printf("rule %d %s: %.1f us/text, anchored %d%n", r, rule.type(), (System.nanoTime() - t0) / 1e3 / ns.size(), anchored);
    }
  }

  private static boolean anyAnchor(String s, String[] anchors) {
    for (String a : anchors) {
      if (s.contains(a)) {
        return true;
      }
    }
    return false;
  }
}
