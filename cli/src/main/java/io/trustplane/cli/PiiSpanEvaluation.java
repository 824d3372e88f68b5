package io.trustplane.cli;

import io.trustplane.core.guard.Detector;
import io.trustplane.core.guard.DetectorResult;
import io.trustplane.core.guard.Finding;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import io.trustplane.core.guard.pii.PiiDetector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * PII span quality per entity type: precision, recall and F1 for exact matches (same start and end) and
 * overlap matches (the spans share at least one character), of the same entity type.
 *
 * <p>Dataset labels and detector types are compared through one mapping ({@link #GOLD} and
 * {@link #PREDICTED}): addresses, cities, countries and regions all count as LOCATION. Gold labels are read in the
 * vocabularies of the common PII sets, case and separators aside: Microsoft Presidio's ({@code EMAIL_ADDRESS},
 * {@code US_SSN}, {@code GPE}), ai4privacy's ({@code EMAIL}, {@code TELEPHONENUM}, {@code CREDITCARDNUMBER},
 * {@code SOCIALNUM}, {@code FIRSTNAME}, {@code CITY}), CoNLL's and spaCy's ({@code PER}, {@code LOC}). Gold types no
 * detector reports (organisations, titles, ages, nationalities, generic dates, postcodes) are not scored, and neither
 * are predictions of types the file does not label (a wallet, where no row labels wallets); both are listed under the
 * table.
 */
final class PiiSpanEvaluation {
    /**
     * National ids, named as Microsoft Presidio names them where it has them, so gold and predicted types are the same
     * ({@code ES_NIF}, {@code IT_FISCAL_CODE}, ...).
     */
    static final List<String> NATIONAL_IDS = PiiDetector.NATIONAL_ID_TYPES;
    /** Gold labels, {@link #label normalised}, by the type they are scored as. */
    static final Map<String, String> GOLD = withNationalIds(Map.of(
            "EMAIL_ADDRESS", "EMAIL_ADDRESS|EMAIL|EMAIL_ADDR|E_MAIL",
            "PHONE_NUMBER", "PHONE_NUMBER|PHONE|PHONENUMBER|PHONE_NUM|TELEPHONENUM|TELEPHONE|TELEPHONE_NUMBER|MOBILE_NUMBER",
            "CREDIT_CARD", "CREDIT_CARD|CREDITCARD|CREDITCARDNUMBER|CREDIT_CARD_NUMBER|CARD_NUMBER",
            "IBAN_CODE", "IBAN_CODE|IBAN",
            "US_SSN", "US_SSN|SSN|SOCIALNUM|SOCIAL_SECURITY_NUMBER",
            "IP_ADDRESS", "IP_ADDRESS|IP|IPV4|IPV6|IP_ADDR",
            "DRIVER_LICENSE", "DRIVER_LICENSE|US_DRIVER_LICENSE|DRIVERLICENSENUM|DRIVERS_LICENSE|DRIVER_LICENSE_NUMBER",
            "PASSPORT", "PASSPORT|US_PASSPORT|PASSPORTNUM|PASSPORT_NUMBER",
            "PERSON", "PERSON|PER|NAME|FULLNAME|FULL_NAME|FIRSTNAME|FIRST_NAME|LASTNAME|LAST_NAME|MIDDLENAME|GIVENNAME|"
                    + "GIVENNAME1|GIVENNAME2|SURNAME",
            "LOCATION", "LOCATION|LOC|GPE|ADDRESS|STREET_ADDRESS|STREET|CITY|STATE|COUNTRY"));
    /** Detector types by the type they are scored as. */
    static final Map<String, String> PREDICTED = withNationalIds(Map.of(
            "EMAIL_ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "PHONE_NUMBER", "CREDIT_CARD", "CREDIT_CARD",
            "IBAN_CODE", "IBAN_CODE", "US_SSN", "US_SSN", "IP_ADDRESS", "IP_ADDRESS",
            "DRIVER_LICENSE", "DRIVER_LICENSE|US_DRIVER_LICENSE", "PASSPORT", "PASSPORT", "PERSON", "PERSON",
            "LOCATION", "LOCATION|STREET_ADDRESS|ADDRESS"));
    /** Identifiers with a fixed structure (the ≥ 0.9 F1 target applies to these). */
    static final Set<String> STRUCTURED = Stream.concat(Stream.of("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
            "US_SSN", "IP_ADDRESS", "DRIVER_LICENSE", "PASSPORT"), NATIONAL_IDS.stream()).collect(Collectors.toUnmodifiableSet());

    /** Scored type → its names ("A|B") as a name → scored type map, with each national id named by itself. */
    private static Map<String, String> withNationalIds(Map<String, String> namesByType) {
        Map<String, String> map = new LinkedHashMap<>();
        namesByType.forEach((type, names) -> {
            for (String name : names.split("\\|")) {
                map.put(name, type);
            }
        });
        NATIONAL_IDS.forEach(id -> map.put(id, id));
        return Map.copyOf(map);
    }

    /** A label as the maps name it: upper case, with '-', '.' and spaces as '_' ("e-mail" is "E_MAIL"). */
    static String label(String raw) {
        return raw.trim().toUpperCase(Locale.ROOT).replaceAll("[-. ]+", "_");
    }

    private record Span(int start, int end, String type) {
        boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }
    }

    private static final class Counts {
        int gold;
        int predicted;
        int exactTp;
        int overlapPredTp;
        int overlapGoldTp;

        void add(Counts c) {
            gold += c.gold;
            predicted += c.predicted;
            exactTp += c.exactTp;
            overlapPredTp += c.overlapPredTp;
            overlapGoldTp += c.overlapGoldTp;
        }
    }

    private PiiSpanEvaluation() {
    }

    static String run(Detector detector, List<DatasetRow> rows) {
        Map<String, Counts> byType = new TreeMap<>();
        Map<String, Integer> unscoredPredictions = new TreeMap<>();
        Map<String, Integer> unscoredGold = new TreeMap<>();
        Set<String> labelled = new HashSet<>(); // the scored types some row of the file labels
        List<List<Span>> goldByRow = new ArrayList<>(); // first, so predictions know which types the file labels
        for (DatasetRow row : rows) {
            List<Span> gold = new ArrayList<>();
            for (DatasetRow.GoldSpan g : row.spans()) {
                String type = GOLD.get(label(g.entityType()));
                if (type == null) unscoredGold.merge(g.entityType(), 1, Integer::sum);
                else gold.add(new Span(g.start(), g.end(), type));
            }
            gold.forEach(g -> labelled.add(g.type()));
            goldByRow.add(gold);
        }
        for (int r = 0; r < rows.size(); r++) {
            DetectorResult result = detector.scan(TextSegment.input(rows.get(r).text()), ScanContext.EMPTY);
            List<Span> gold = goldByRow.get(r);
            List<Span> predicted = new ArrayList<>();
            for (Finding f : result.findings()) {
                String type = PREDICTED.get(f.type());
                if (type == null || !labelled.contains(type)) unscoredPredictions.merge(f.type(), 1, Integer::sum);
                else predicted.add(new Span(f.start(), f.end(), type));
            }
            for (Span g : gold) {
                Counts c = byType.computeIfAbsent(g.type(), k -> new Counts());
                c.gold++;
                if (predicted.stream().anyMatch(p -> p.type().equals(g.type()) && p.overlaps(g))) c.overlapGoldTp++;
            }
            for (Span p : predicted) {
                Counts c = byType.computeIfAbsent(p.type(), k -> new Counts());
                c.predicted++;
                if (gold.stream().anyMatch(g -> g.type().equals(p.type()) && g.start() == p.start() && g.end() == p.end())) c.exactTp++;
                if (gold.stream().anyMatch(g -> g.type().equals(p.type()) && g.overlaps(p))) c.overlapPredTp++;
            }
        }
        Table table = new Table("entity type", "gold", "predicted", "exact P", "exact R", "exact F1", "overlap P", "overlap R", "overlap F1");
        Counts structured = new Counts();
        Counts all = new Counts();
        Map<String, Counts> ordered = new LinkedHashMap<>(byType);
        for (Map.Entry<String, Counts> e : ordered.entrySet()) {
            table.row(row(e.getKey(), e.getValue()));
            all.add(e.getValue());
            if (STRUCTURED.contains(e.getKey())) structured.add(e.getValue());
        }
        table.row(row("**structured identifiers (micro)**", structured));
        table.row(row("**all scored types (micro)**", all));
        StringBuilder out = new StringBuilder(table.toString());
        if (!unscoredGold.isEmpty()) {
            out.append("\nGold labels no detector reports (not scored): ").append(unscoredGold).append('\n');
        }
        if (!unscoredPredictions.isEmpty()) {
            out.append("\nPredictions of types the data does not label (not scored): ").append(unscoredPredictions).append('\n');
        }
        return out.toString();
    }

    private static Object[] row(String name, Counts c) {
        double exactP = ratio(c.exactTp, c.predicted);
        double exactR = ratio(c.exactTp, c.gold); // an exact match pairs one prediction with one gold span
        double overlapP = ratio(c.overlapPredTp, c.predicted);
        double overlapR = ratio(c.overlapGoldTp, c.gold);
        return new Object[] {name, c.gold, c.predicted, exactP, exactR, f1(exactP, exactR), overlapP, overlapR, f1(overlapP, overlapR)};
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    private static double f1(double p, double r) {
        return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
    }
}
