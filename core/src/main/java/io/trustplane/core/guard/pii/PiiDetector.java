package io.trustplane.core.guard.pii;

import io.trustplane.core.guard.Detector;
import io.trustplane.core.guard.DetectorResult;
import io.trustplane.core.guard.Finding;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import java.util.List;

/**
 * Finds personal data. Name {@code pii}. Entity types: {@code EMAIL_ADDRESS}, {@code PHONE_NUMBER},
 * {@code CREDIT_CARD}, {@code IBAN_CODE}, {@code US_SSN}, {@code IP_ADDRESS}, {@code URL_WITH_CREDENTIALS},
 * {@code CRYPTO_WALLET}, {@code DATE_OF_BIRTH}, {@code PASSPORT}, {@code DRIVER_LICENSE}, {@code PERSON},
 * {@code LOCATION}, and national ids with a check digit or letter ({@link NationalIds}: {@code ES_NIF}, {@code ES_NIE},
 * {@code IT_FISCAL_CODE}, {@code FR_NIR}, {@code UK_NINO}, {@code UK_NHS}, {@code NL_BSN}, {@code DE_TAX_ID},
 * {@code PL_PESEL}, {@code BR_CPF}, {@code IN_AADHAAR}).
 *
 * <p>Recognisers run cheapest and most certain first ({@link StructuredRecognizers}, then
 * {@link ContextualIds}, {@link PhoneRecognizer} and {@link NameRecognizer}), then the learned
 * {@link NameTagger} for names and places, which reads the rules' candidates as features; overlapping candidates
 * are resolved by confidence, so one span gets one type. A one-pass {@link TextShape} lets each recogniser
 * skip texts that cannot contain its entity (no '@', too few digits, no capital letters). Texts longer
 * than {@link #MAX_SCANNED_CHARS} are scanned on that prefix. Thread-safe; never throws.
 */
public final class PiiDetector implements Detector {
    public static final String NAME = "pii";
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** The national id types {@link NationalIds} reports, for policies and evaluations that list them. */
    public static final List<String> NATIONAL_ID_TYPES = List.of("ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "FR_NIR", "UK_NINO",
            "UK_NHS", "NL_BSN", "DE_TAX_ID", "PL_PESEL", "BR_CPF", "IN_AADHAAR");
    static final int MAX_SCANNED_CHARS = 256 * 1024;
    static final int MAX_CANDIDATES = 2_000;

    private final double threshold;
    private final NameTagger tagger;

    public PiiDetector(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
        // loaded here, so a missing model fails at start-up and the first request does not pay for loading the
        // model and the name lists (about a quarter of a second)
        this.tagger = NameTagger.bundled();
        Gazetteer.flags("");
    }

    public static PiiDetector withDefaults() {
        return new PiiDetector(DEFAULT_THRESHOLD);
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The rule-based recognisers' candidates, which the {@link NameTagger} then reads as features (so it was
     * trained on them too).
     */
    static void ruleCandidates(String text, Candidates candidates) {
        TextShape shape = TextShape.of(text);
        StructuredRecognizers.find(text, shape, candidates);
        ContextualIds.find(text, shape, candidates);
        NationalIds.find(text, shape, candidates);
        PhoneRecognizer.find(text, shape, candidates);
        NameRecognizer.find(text, shape, candidates);
    }

    @Override
    public DetectorResult scan(TextSegment segment, ScanContext context) {
        String text = segment.text();
        if (text.length() > MAX_SCANNED_CHARS) {
            text = text.substring(0, MAX_SCANNED_CHARS);
        }
        Candidates candidates = new Candidates(MAX_CANDIDATES);
        try {
            ruleCandidates(text, candidates);
            tagger.find(text, candidates);
        } catch (RuntimeException e) {
            // keep what was found; a recogniser failing on odd input must not hide the rest
        }
        List<Finding> findings = candidates.resolve();
        return DetectorResult.of(NAME, findings, threshold);
    }
}
