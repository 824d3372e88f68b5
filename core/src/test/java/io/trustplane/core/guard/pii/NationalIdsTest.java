package io.trustplane.core.guard.pii;

import static io.trustplane.core.guard.pii.PiiDetectorTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.trustplane.core.guard.Finding;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import io.trustplane.core.guard.policy.DefaultPolicy;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The example values are the issuing authorities' or widely published specimens (DNI 12345678Z, codice fiscale
 * RSSMRA85T10A562S, BSN 111222333, PESEL 44051401359, NHS 943 476 5919, CPF 111.444.777-35, ...), checked against an
 * independent implementation of each algorithm before they were written here; each is also shown failing with one
 * character changed.
 */
class NationalIdsTest {
    @Test
    void theListedTypesAreTheOnesReported() {
        Set<String> reported = new TreeSet<>();
        for (String text : new String[] {"Mi DNI es 12345678Z.", "Mi NIE es X1234567L.", "Codice fiscale: RSSMRA85T10A562S",
                "Numéro : 2 55 08 14 168 025 38", "NINO: JG103759A", "My NHS number is 943 476 5919.", "Mijn BSN is 111222333.",
                "Meine Steuer-ID ist 86095742719.", "Mój PESEL to 44051401359.", "Meu CPF é 111.444.777-35.",
                "My Aadhaar number is 2341 2341 2346."}) {
            PiiDetector.withDefaults().scan(TextSegment.input(text), ScanContext.EMPTY)
                    .findings().stream().map(Finding::type)
                    .filter(PiiDetector.NATIONAL_ID_TYPES::contains).forEach(reported::add);
        }
        assertThat(reported).containsExactlyInAnyOrderElementsOf(PiiDetector.NATIONAL_ID_TYPES);
        assertThat(DefaultPolicy.SENSITIVE_PII).contains("'DE_TAX_ID'", "'CREDIT_CARD'");
    }

    @Test
    void spanishDniAndNie() {
        assertThat(found("Mi DNI es 12345678Z y vivo en Madrid.", "ES_NIF")).containsExactly("12345678Z");
        assertThat(found("DNI: 12345678-Z", "ES_NIF")).containsExactly("12345678-Z");
        assertThat(found("Mi DNI es 12345678A.", "ES_NIF")).isEmpty();
        assertThat(found("Mi NIE es X1234567L.", "ES_NIE")).containsExactly("X1234567L");
        assertThat(found("NIE Y-7654321-G", "ES_NIE")).containsExactly("Y-7654321-G");
        assertThat(found("Mi NIE es X1234567M.", "ES_NIE")).isEmpty();
    }

    @Test
    void italianFiscalCode() {
        assertThat(found("Codice fiscale: RSSMRA85T10A562S", "IT_FISCAL_CODE")).containsExactly("RSSMRA85T10A562S");
        assertThat(found("Codice fiscale: RSSMRA85T10A562X", "IT_FISCAL_CODE")).isEmpty();
        assertThat(NationalIds.fiscalCode("RSSMRA85T10A562S")).isTrue();
        assertThat(NationalIds.fiscalCode("rssmra85t10a562s")).isFalse();
    }

    @Test
    void frenchNirOutranksACardWithItsCue() {
        assertThat(found("Mon numéro de sécurité sociale est 2 55 08 14 168 025 38.", "FR_NIR"))
                .containsExactly("2 55 08 14 168 025 38");
        assertThat(found("Mon numéro de sécurité sociale est 2 55 08 14 168 025 38.", "CREDIT_CARD")).isEmpty();
        assertThat(found("Mon numéro de sécurité sociale est 1 85 05 78 006 084 36.", "FR_NIR")).isEmpty(); // key 91
        // without a cue it passes Luhn and starts like a 2-series Mastercard, but Mastercard numbers have 16 digits
        assertThat(found("Numéro : 2 55 08 14 168 025 38", "FR_NIR")).containsExactly("2 55 08 14 168 025 38");
        assertThat(found("Numéro : 2 55 08 14 168 025 38", "CREDIT_CARD")).isEmpty();
        assertThat(NationalIds.nir("255081416802538")).isTrue();
        assertThat(NationalIds.nir("355081416802538")).isFalse(); // sex digit 3
    }

    @Test
    void ukNationalInsuranceAndNhsNumbers() {
        assertThat(found("My National Insurance number is JG 10 37 59 A.", "UK_NINO")).containsExactly("JG 10 37 59 A");
        assertThat(found("NINO: JG103759A", "UK_NINO")).containsExactly("JG103759A");
        // prefixes HMRC never issues, and a suffix after D
        assertThat(found("My National Insurance number is QQ 12 34 56 C.", "UK_NINO")).isEmpty();
        assertThat(found("NI number GB 10 37 59 A", "UK_NINO")).isEmpty();
        assertThat(found("NINO JG 10 37 59 E", "UK_NINO")).isEmpty();
        assertThat(found("My NHS number is 943 476 5919.", "UK_NHS")).containsExactly("943 476 5919");
        assertThat(found("Call me on 943 476 5919.", "UK_NHS")).isEmpty(); // no cue
        assertThat(found("My NHS number is 943 476 5918.", "UK_NHS")).isEmpty();
    }

    @Test
    void numbersThatAreOnlyDigitsNeedTheirCue() {
        assertThat(found("Mijn BSN is 111222333.", "NL_BSN")).containsExactly("111222333");
        assertThat(found("Ordernummer 111222333 is verzonden.", "NL_BSN")).isEmpty();
        assertThat(found("Mijn BSN is 111222334.", "NL_BSN")).isEmpty();
        assertThat(found("Meine Steuer-ID ist 86095742719.", "DE_TAX_ID")).containsExactly("86095742719");
        assertThat(found("Meine Kundennummer ist 86095742719.", "DE_TAX_ID")).isEmpty();
        assertThat(found("Meine Steuer-ID ist 86095742718.", "DE_TAX_ID")).isEmpty();
        assertThat(found("Mój PESEL to 44051401359.", "PL_PESEL")).containsExactly("44051401359");
        assertThat(found("Mój PESEL to 44051401358.", "PL_PESEL")).isEmpty();
        assertThat(found("My Aadhaar number is 2341 2341 2346.", "IN_AADHAAR")).containsExactly("2341 2341 2346");
        assertThat(found("Ticket 2341 2341 2346 is open.", "IN_AADHAAR")).isEmpty();
        assertThat(found("My Aadhaar number is 2341 2341 2345.", "IN_AADHAAR")).isEmpty();
        // a cue is a whole word: "Linie" does not hold "nie", "Linien" no "NIE"
        assertThat(found("Linie 12345678Z", "ES_NIF")).containsExactly("12345678Z");
    }

    @Test
    void brazilianCpfWrittenWithItsPunctuationOrCued() {
        assertThat(found("Meu CPF é 111.444.777-35.", "BR_CPF")).containsExactly("111.444.777-35");
        assertThat(found("Pedido 111.444.777-35 confirmado.", "BR_CPF")).containsExactly("111.444.777-35");
        assertThat(found("CPF 11144477735", "BR_CPF")).containsExactly("11144477735");
        assertThat(found("Pedido 11144477735", "BR_CPF")).isEmpty();
        assertThat(found("Meu CPF é 111.444.777-36.", "BR_CPF")).isEmpty();
        assertThat(found("CPF 111.111.111-11", "BR_CPF")).isEmpty(); // passes the sums, never issued
    }
}
