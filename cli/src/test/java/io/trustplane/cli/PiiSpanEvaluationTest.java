package io.trustplane.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.core.guard.pii.PiiDetector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gold labels in the vocabularies of the common PII sets are scored as the detector's types. */
class PiiSpanEvaluationTest {

    @Test
    void labelsOfOtherSetsAreReadAsTheDetectorsTypes() {
        assertThat(PiiSpanEvaluation.GOLD.get(PiiSpanEvaluation.label("e-mail"))).isEqualTo("EMAIL_ADDRESS");
        assertThat(PiiSpanEvaluation.GOLD.get(PiiSpanEvaluation.label("TELEPHONENUM"))).isEqualTo("PHONE_NUMBER");
        assertThat(PiiSpanEvaluation.GOLD.get(PiiSpanEvaluation.label("CreditCardNumber"))).isEqualTo("CREDIT_CARD");
        assertThat(PiiSpanEvaluation.GOLD.get(PiiSpanEvaluation.label("SOCIALNUM"))).isEqualTo("US_SSN");
        assertThat(PiiSpanEvaluation.GOLD.get(PiiSpanEvaluation.label("PER"))).isEqualTo("PERSON");
        assertThat(PiiSpanEvaluation.GOLD.get(PiiSpanEvaluation.label("city"))).isEqualTo("LOCATION");
        assertThat(PiiSpanEvaluation.GOLD.get(PiiSpanEvaluation.label("ES_NIF"))).isEqualTo("ES_NIF");
        assertThat(PiiSpanEvaluation.GOLD.get(PiiSpanEvaluation.label("ZIPCODE"))).isNull();
    }

    @Test
    void aFileInAnotherVocabularyIsScoredAndItsUnscoredLabelsAreListed() {
        String text = "Contact Maria Lopez at maria.lopez@example.com, zip 90210.";
        int email = text.indexOf("maria.lopez@");
        int zip = text.indexOf("90210");
        DatasetRow row = new DatasetRow(1, text, null, "ai4privacy-style", "dev", null, List.of(
                new DatasetRow.GoldSpan(email, email + "maria.lopez@example.com".length(), "EMAIL"),
                new DatasetRow.GoldSpan(zip, zip + 5, "ZIPCODE")), null);
        String table = PiiSpanEvaluation.run(PiiDetector.withDefaults(), List.of(row));
        assertThat(table).containsPattern("\\| EMAIL_ADDRESS +\\| 1 +\\| 1 +\\| 1\\.0000");
        assertThat(table).contains("Gold labels no detector reports (not scored): {ZIPCODE=1}");
        // the name is found, but no row labels names: not a false alarm of a type this file does not score
        assertThat(table).doesNotContain("| PERSON").contains("Predictions of types the data does not label (not scored): {PERSON=1}");
    }
}
