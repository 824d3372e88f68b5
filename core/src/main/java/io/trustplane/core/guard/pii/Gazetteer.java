package io.trustplane.core.guard.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The bundled name and place lists (lower case, one per line), built from Datafaker's locale files by
 * {@code scripts/build-pii-gazetteers.py}; see NOTICE.md next to them. Loaded once.
 */
final class Gazetteer {
    static final Set<String> FIRST_NAMES = load("first-names.txt");
    static final Set<String> LAST_NAMES = load("last-names.txt");
    static final Set<String> PLACES = load("places.txt");
    /** Longest place name in words, to bound the lookup window. */
    static final int MAX_PLACE_WORDS = 4;

    /**
     * Greetings and possessives of other languages that open a sentence capitalised and that the tagger, trained on
     * English, takes for a first name ("Meine E-Mail ist …", "Grazie mille", "Mi NIE es …"): never the start of a
     * name. Apart from {@link #NOT_NAMES}, which the tagger reads as a feature.
     */
    static final Set<String> GREETINGS_AND_POSSESSIVES = Set.of("meine", "mein", "meinen", "meinem", "meiner", "deine",
            "dein", "deinen", "unsere", "unser", "mi", "mis", "mon", "mes", "notre", "nos", "votre", "vos", "nuestra",
            "nuestro", "minha", "meu", "mijn", "onze", "ciao", "grazie", "hallo", "bonjour", "merci", "hola", "gracias", "olá",
            "obrigado", "obrigada", "danke", "bitte", "guten", "buongiorno", "buonasera", "buenos", "buenas", "salut", "moin",
            "servus", "hej", "tack", "cześć");

    /**
     * Capitalised words that are also names in some locale but mostly start sentences, name days and
     * months, or address people generically: never a name on their own.
     */
    static final Set<String> NOT_NAMES = Set.copyOf(java.util.Arrays.asList("the", "this", "that", "these", "those", "there", "then", "than", "they",
            "we", "you", "your", "he", "she", "it", "i", "me", "my", "our", "his", "her", "their", "a", "an", "and", "or",
            "but", "if", "so", "as", "at", "by", "for", "from", "in", "into", "of", "on", "to", "with", "without", "is",
            "are", "was", "were", "be", "been", "can", "could", "will", "would", "shall", "should", "may", "might",
            "must", "do", "does", "did", "have", "has", "had", "not", "no", "yes", "please", "thanks", "thank", "hello",
            "hi", "hey", "dear", "regards", "best", "what", "when", "where", "which", "who", "why", "how", "all", "any",
            "some", "each", "every", "many", "much", "more", "most", "other", "such", "only", "own", "same", "too",
            "very", "just", "also", "here", "now", "new", "old", "good", "great", "first", "last", "next", "one", "two",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december", "street",
            "road", "avenue", "city", "state", "country", "north", "south", "east", "west", "mr", "mrs", "ms", "dr",
            "sir", "madam", "team", "customer", "user", "admin", "support", "service", "office", "bank", "card",
            "account", "number", "phone", "email", "address", "name", "date", "time", "day", "year", "month", "week",
            "today", "tomorrow", "yesterday", "ok", "okay", "sorry", "sure", "well", "let", "get", "make", "see",
            "look", "find", "give", "tell", "ask", "send", "call", "write", "read", "help", "note", "list", "art",
            "god", "love", "hope", "faith", "joy", "grace", "will", "bill", "mark", "rose", "lily", "iris", "summer",
            "winter", "autumn", "spring", "page", "chapter", "section", "table", "figure", "step", "via", "per",
            "president", "minister", "king", "queen", "prince", "princess", "doctor", "professor", "captain", "general",
            "english", "french", "german", "spanish", "italian", "chinese", "japanese", "american", "british",
            "ai", "api", "id", "ip", "ssn", "usa", "uk", "eu", "un", "ceo", "cto", "hr", "pm", "am", "re", "fw"));

    /** Bits of {@link #flags}. */
    static final byte FIRST = 1;
    static final byte LAST = 2;
    static final byte PLACE = 4;
    static final byte COMMON = 8;
    /** Every listed word with the lists it is on: one lookup instead of four for the name tagger's hot path. */
    private static final Map<String, Byte> FLAGS = flagsOf();

    private Gazetteer() {
    }

    /** The lists {@code lower} (lower case) is on, as {@link #FIRST} | {@link #LAST} | {@link #PLACE} | {@link #COMMON}. */
    static byte flags(String lower) {
        Byte f = FLAGS.get(lower);
        return f == null ? 0 : f;
    }

    private static Map<String, Byte> flagsOf() {
        Map<String, Byte> flags = new HashMap<>();
        for (String w : FIRST_NAMES) flags.merge(w, FIRST, (a, b) -> (byte) (a | b));
        for (String w : LAST_NAMES) flags.merge(w, LAST, (a, b) -> (byte) (a | b));
        for (String w : PLACES) flags.merge(w, PLACE, (a, b) -> (byte) (a | b));
        for (String w : NOT_NAMES) flags.merge(w, COMMON, (a, b) -> (byte) (a | b));
        return Map.copyOf(flags);
    }

    private static Set<String> load(String name) {
        Set<String> values = new HashSet<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing PII gazetteer " + name + "; run scripts/build-pii-gazetteers.py");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    values.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(values);
    }
}
