package io.trustplane.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Realistic prediction-logging bodies ({@code POST /api/v1/models/{model}/versions/{version}/predictions}): a batch of
 * a binary credit-risk classifier's predictions as a serving service logs them, each with its own id
 * ({@code <run>-c<connection>-<request>-<index>}, the request's number stamped in place, {@link NumberedIdBodies}), the
 * declared features (by default 20: 12 numeric, 8 categorical, {@link #features}), the label and the positive class's
 * score, one protected attribute ({@value #PROTECTED_ATTRIBUTE}), one segment tag ({@value #SEGMENT_TAG}: web, mobile
 * or branch) and the call's latency. No {@code time}: the server stamps the time of receipt, as for a live service, so
 * every prediction counts in the current hour's windows.
 *
 * <p>The values are drawn once per position in the batch from a seeded generator (the same for every connection and
 * request): integer-valued features with ties, skewed money amounts, a feature missing in 5% of rows, skewed categories,
 * a logistic score spread over (0, 1), so the profiles and accumulators the server keeps see realistic
 * distributions. {@link #modelJson} is the registration of the model they belong to.
 */
final class PredictionBodies extends NumberedIdBodies {
    static final String MODEL = "bench-credit";
    static final String VERSION = "1.0.0";
    static final String POSITIVE_CLASS = "approved";
    static final String NEGATIVE_CLASS = "denied";
    static final String PROTECTED_ATTRIBUTE = "gender";
    static final String SEGMENT_TAG = "channel";
    static final int DEFAULT_FEATURES = 20;
    static final int MAX_FEATURES = 1000;

    /** A declared feature: its name and whether it is numeric (else categorical). */
    record Feature(String name, boolean numeric) {
    }

    private static final List<Feature> NAMED = List.of(
            new Feature("age", true), new Feature("income", true), new Feature("loan_amount", true),
            new Feature("loan_term_months", true), new Feature("credit_score", true), new Feature("debt_to_income", true),
            new Feature("months_employed", true), new Feature("open_accounts", true), new Feature("late_payments_12m", true),
            new Feature("credit_utilization", true), new Feature("savings_balance", true), new Feature("inquiries_6m", true),
            new Feature("region", false), new Feature("employment_type", false), new Feature("home_ownership", false),
            new Feature("loan_purpose", false), new Feature("education", false), new Feature("marital_status", false),
            new Feature("has_guarantor", false), new Feature("product_tier", false));
    private static final String[] REGIONS = {"north", "south", "east", "west", "central", "islands"};
    private static final String[] EMPLOYMENT = {"salaried", "self_employed", "contractor", "retired", "unemployed"};
    private static final String[] HOME = {"mortgage", "rent", "own", "other"};
    private static final String[] PURPOSE = {"debt_consolidation", "home_improvement", "car", "education", "medical", "business", "other"};
    private static final String[] EDUCATION = {"secondary", "bachelor", "master", "doctorate"};
    private static final String[] MARITAL = {"married", "single", "divorced", "widowed"};
    private static final String[] TIER = {"standard", "plus", "premium"};
    private static final int[] TERMS = {12, 24, 36, 48, 60, 72};

    PredictionBodies(String runId, int connection, int predictionsPerRequest, int features) {
        super(render(templateId(runId, connection), predictionsPerRequest, features(features)), idPrefix(runId, connection));
    }

    /** The model's first {@code count} features: the 20 named ones, then {@code num_<k>} and {@code cat_<k>} (3 in 5 numeric). */
    static List<Feature> features(int count) {
        if (count < 0 || count > MAX_FEATURES) throw new IllegalArgumentException("features must be from 0 to " + MAX_FEATURES);
        List<Feature> features = new ArrayList<>(NAMED.subList(0, Math.min(count, NAMED.size())));
        for (int k = NAMED.size(); k < count; k++) {
            features.add(k % 5 < 3 ? new Feature("num_" + k, true) : new Feature("cat_" + k, false));
        }
        return features;
    }

    /** The id of prediction {@code index} of request {@code sequence}: what the server stores, and ground truth names. */
    static String predictionId(String runId, int connection, long sequence, int index) {
        return requestId(runId, connection, sequence) + suffix(index);
    }

    /** {@code POST /api/v1/models}: the binary classifier with its declared features and protected attribute. */
    static String modelJson(int features) {
        return "{\"name\":\"" + MODEL + "\",\"task\":\"binary_classification\",\"positiveClass\":\"" + POSITIVE_CLASS + "\","
                + "\"description\":\"Benchmark: scores consumer loan applications.\"," + featuresJson(features)
                + ",\"protectedAttributes\":[\"" + PROTECTED_ATTRIBUTE + "\"],"
                + "\"card\":{\"intendedUse\":\"Load testing\",\"riskLevel\":\"high\",\"owners\":[\"bench\"]}}";
    }

    /** {@code "features":{name: kind, ...}}, also what an update sends to declare more features. */
    static String featuresJson(int features) {
        StringBuilder json = new StringBuilder("\"features\":{");
        for (Feature f : features(features)) {
            if (json.charAt(json.length() - 1) != '{') json.append(',');
            json.append('"').append(f.name()).append("\":\"").append(f.numeric() ? "numeric" : "categorical").append('"');
        }
        return json.append('}').toString();
    }

    /** {@code POST /api/v1/models/{model}/versions}: the version the predictions are logged under, in production. */
    static String versionJson() {
        return "{\"version\":\"" + VERSION + "\",\"stage\":\"production\",\"notes\":\"benchmark\"}";
    }

    /** The label prediction {@code index} of every batch carries, so that ground truth can agree with it or not. */
    static boolean approved(int index) {
        return score(index) >= 0.5;
    }

    /** What follows the request's id stem in the id of prediction {@code index}. */
    static String suffix(int index) {
        return String.format(Locale.ROOT, "-%05d", index);
    }

    private static byte[] render(String idStem, int predictions, List<Feature> features) {
        StringBuilder json = new StringBuilder(predictions * (120 + 24 * features.size())).append("{\"predictions\":[");
        for (int i = 0; i < predictions; i++) {
            if (i > 0) json.append(',');
            prediction(json, idStem + suffix(i), i, features);
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void prediction(StringBuilder json, String id, int index, List<Feature> features) {
        SplittableRandom random = new SplittableRandom(0x5EED_0000L + index);
        json.append("{\"id\":\"").append(id).append("\",\"features\":{");
        for (int k = 0; k < features.size(); k++) {
            if (k > 0) json.append(',');
            json.append('"').append(features.get(k).name()).append("\":").append(value(k, random));
        }
        double score = score(index);
        double r = random.nextDouble();
        String channel = r < 0.55 ? "web" : r < 0.90 ? "mobile" : "branch";
        double g = random.nextDouble();
        String gender = g < 0.49 ? "f" : g < 0.98 ? "m" : "x";
        double latency = Math.exp(2.3 + 0.5 * random.nextGaussian()); // a median of 10 ms and a long tail
        json.append("},\"prediction\":{\"label\":\"").append(score >= 0.5 ? POSITIVE_CLASS : NEGATIVE_CLASS)
                .append("\",\"score\":").append(fixed(score, 4)).append("},\"protected\":{\"").append(PROTECTED_ATTRIBUTE)
                .append("\":\"").append(gender).append("\"},\"segments\":{\"").append(SEGMENT_TAG).append("\":\"").append(channel)
                .append("\"},\"latencyMs\":").append(fixed(latency, 1)).append('}');
    }

    /** Feature {@code k}'s value as JSON: realistic shapes for the named ones, normal or skewed for the rest. */
    private static String value(int k, SplittableRandom random) {
        return switch (k) {
            case 0 -> Integer.toString(clamp((int) Math.round(42 + 12 * random.nextGaussian()), 21, 80));
            case 1 -> Long.toString(Math.round(Math.exp(10.8 + 0.5 * random.nextGaussian())));
            case 2 -> Long.toString(Math.round(Math.exp(9.3 + 0.8 * random.nextGaussian()) / 100) * 100);
            case 3 -> Integer.toString(TERMS[random.nextInt(TERMS.length)]);
            case 4 -> Integer.toString(clamp((int) Math.round(680 + 70 * random.nextGaussian()), 300, 850));
            case 5 -> fixed(0.05 + 0.55 * random.nextDouble(), 3);
            case 6 -> Long.toString(Math.round(-60 * Math.log(1 - random.nextDouble())));
            case 7 -> Integer.toString(random.nextInt(1 + random.nextInt(20)));
            case 8 -> Integer.toString(random.nextDouble() < 0.8 ? 0 : 1 + random.nextInt(5));
            case 9 -> fixed(Math.pow(random.nextDouble(), 1.5), 3);
            case 10 -> random.nextDouble() < 0.05 ? "null" : fixed(Math.exp(8 + 1.2 * random.nextGaussian()), 2);
            case 11 -> Integer.toString(random.nextInt(1 + random.nextInt(8)));
            case 12 -> quoted(skewed(REGIONS, random));
            case 13 -> quoted(skewed(EMPLOYMENT, random));
            case 14 -> quoted(skewed(HOME, random));
            case 15 -> quoted(skewed(PURPOSE, random));
            case 16 -> quoted(skewed(EDUCATION, random));
            case 17 -> quoted(skewed(MARITAL, random));
            case 18 -> Boolean.toString(random.nextDouble() < 0.15);
            case 19 -> quoted(skewed(TIER, random));
            default -> k % 5 < 3 ? fixed(100 * random.nextGaussian(), 4) : quoted("v" + (int) (20 * Math.pow(random.nextDouble(), 2)));
        };
    }

    /** A score from a logistic model of a few latent traits of the row, spread over (0, 1). */
    private static double score(int index) {
        SplittableRandom random = new SplittableRandom(0xC0FFEEL + index);
        double logit = 0.4 + 1.3 * random.nextGaussian();
        return 1 / (1 + Math.exp(-logit));
    }

    private static String skewed(String[] values, SplittableRandom random) {
        return values[(int) (values.length * Math.pow(random.nextDouble(), 1.8))];
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private static String quoted(String value) {
        return '"' + value + '"';
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
