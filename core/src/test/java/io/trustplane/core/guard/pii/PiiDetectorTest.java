package io.trustplane.core.guard.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.trustplane.core.guard.DetectorResult;
import io.trustplane.core.guard.Finding;
import io.trustplane.core.guard.ScanContext;
import io.trustplane.core.guard.TextSegment;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PiiDetectorTest {
    private static final PiiDetector PII = PiiDetector.withDefaults();

    /** The texts of {@code type} findings in {@code text}, by the default detector. */
    static List<String> found(String text, String type) {
        DetectorResult r = PII.scan(TextSegment.input(text), ScanContext.EMPTY);
        return r.findings().stream().filter(f -> f.type().equals(type)).map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void emails() {
        assertThat(found("Write to jane.doe+news@mail.example.co.uk, not to me.", "EMAIL_ADDRESS"))
                .containsExactly("jane.doe+news@mail.example.co.uk");
        assertThat(found("user@localhost and @handle", "EMAIL_ADDRESS")).isEmpty();
    }

    @Test
    void emailsWrittenOutToFoolHarvesters() {
        assertThat(found("email me: jane[at]example[dot]com", "EMAIL_ADDRESS")).containsExactly("jane[at]example[dot]com");
        assertThat(found("Contact john.smith (at) gmail (dot) com for details.", "EMAIL_ADDRESS"))
                .containsExactly("john.smith (at) gmail (dot) com");
        assertThat(found("Reach us at support [AT] acme.io or call.", "EMAIL_ADDRESS")).containsExactly("support [AT] acme.io");
        assertThat(found("write to maria at company dot co dot uk", "EMAIL_ADDRESS")).containsExactly("maria at company dot co dot uk");
        // words "at" and "dot" in prose, without a domain's last part
        assertThat(found("Meet me at noon, look at this dot point. I arrived at Paris; the dot is small.", "EMAIL_ADDRESS"))
                .isEmpty();
    }

    @Test
    void cardsNeedLuhnAndAKnownIssuer() {
        assertThat(found("card 4111 1111 1111 1111 or 5500-0000-0000-0004", "CREDIT_CARD"))
                .containsExactly("4111 1111 1111 1111", "5500-0000-0000-0004");
        assertThat(found("card 4111 1111 1111 1112", "CREDIT_CARD")).isEmpty(); // Luhn fails
        assertThat(found("order 9111111111111111111", "CREDIT_CARD")).isEmpty(); // no issuer starts with 9
        // grouped as cards are printed, or not at all
        assertThat(found("Amex 3782 822463 10005", "CREDIT_CARD")).containsExactly("3782 822463 10005");
        assertThat(found("ref 4 11111 11111 1111 1", "CREDIT_CARD")).isEmpty();
        // each network's lengths: Amex 15, Visa 13/16/19, Mastercard 16
        assertThat(StructuredRecognizers.knownIssuer("378282246310005")).isTrue();
        assertThat(StructuredRecognizers.knownIssuer("3782822463100050")).isFalse();
        assertThat(StructuredRecognizers.knownIssuer("4222222222222")).isTrue();
        assertThat(StructuredRecognizers.knownIssuer("42222222222222")).isFalse();
        assertThat(StructuredRecognizers.knownIssuer("255081416802538")).isFalse();
        assertThat(StructuredRecognizers.knownIssuer("2223003122003222")).isTrue();
    }

    @Test
    void greetingsAndPossessivesOfOtherLanguagesAreNotNames() {
        for (String text : new String[] {"Meine E-Mail ist hans.mueller@example.de", "Grazie mille",
                "Meine Steuer-ID ist 86095742719.", "hola!", "Mi NIE es X1234567L."}) {
            assertThat(found(text, "PERSON")).as(text).isEmpty();
        }
        // the name after the greeting stays
        assertThat(found("Hallo Anna, wie geht's?", "PERSON")).containsExactly("Anna");
        assertThat(found("Bonjour Marie Dubois", "PERSON")).containsExactly("Marie Dubois");
        // in another language a person may hold lower-case particles
        assertThat(found("Ich heiße Ursula von der Leyen.", "PERSON")).containsExactly("Ursula von der Leyen");
        assertThat(found("Je m'appelle Jean de La Fontaine.", "PERSON")).containsExactly("Jean de La Fontaine");
    }

    @Test
    void streetAddressesWrittenTheEuropeanWay() {
        assertThat(found("Livraison au 3 bis, avenue Victor Hugo à Lyon.", "LOCATION")).contains("3 bis, avenue Victor Hugo");
        assertThat(found("Hola, vivo en Calle Mayor 3, 28013 Madrid.", "LOCATION")).anyMatch(l -> l.contains("Calle Mayor 3"));
        assertThat(found("Hola, vivo en Calle Mayor 3, 28013 Madrid.", "PERSON")).isEmpty();
        assertThat(found("Bonjour, j'habite 12 rue de la Paix, 75002 Paris.", "LOCATION"))
                .anyMatch(l -> l.contains("12 rue de la Paix"));
        for (String text : new String[] {"I sent it via email 3 times already.", "We need 5 place settings for dinner.",
                "Spring 2024 collection is out.", "Click Place Order 3 times if it fails."}) {
            assertThat(found(text, "LOCATION")).as(text).isEmpty();
        }
    }

    @Test
    void ibansNeedTheirCountryLengthAndMod97() {
        assertThat(found("IBAN DE89 3704 0044 0532 0130 00 please", "IBAN_CODE")).containsExactly("DE89 3704 0044 0532 0130 00");
        assertThat(found("gb82west12345698765432", "IBAN_CODE")).containsExactly("gb82west12345698765432");
        assertThat(found("DE89 3704 0044 0532 0130 01", "IBAN_CODE")).isEmpty();
    }

    @Test
    void ssnsAreValidatedAndUndashedOnesNeedContext() {
        assertThat(found("SSN 078-05-1120", "US_SSN")).containsExactly("078-05-1120");
        assertThat(found("id 666-12-3456 or 900-12-3456 or 123-00-4567", "US_SSN")).isEmpty();
        assertThat(found("my social security number is 078051120", "US_SSN")).containsExactly("078051120");
        assertThat(found("invoice 078051120", "US_SSN")).isEmpty();
    }

    @Test
    void ipAddressesButNotVersions() {
        assertThat(found("from 192.168.10.254 and 2001:db8::8a2e:370:7334", "IP_ADDRESS"))
                .containsExactly("192.168.10.254", "2001:db8::8a2e:370:7334");
        assertThat(found("version 1.2.3.4, 999.1.1.1, 10:30:00", "IP_ADDRESS")).isEmpty();
    }

    @Test
    void phonesWrittenLikePhones() {
        assertThat(found("Call me at (415) 555-2671 or +44 20 7946 0958.", "PHONE_NUMBER"))
                .containsExactly("(415) 555-2671", "+44 20 7946 0958");
        assertThat(found("Invoice 2024-05-17 total 1234567", "PHONE_NUMBER")).isEmpty();
        assertThat(found("My order number is 4471-2290 and I paid with PayPal.", "PHONE_NUMBER")).isEmpty();
        assertThat(found("Your confirmation number: 4471-2290.", "PHONE_NUMBER")).isEmpty();
        assertThat(found("Text my number, 4471-2290, after six.", "PHONE_NUMBER")).isNotEmpty();
        assertThat(found("Ring 0044 20 7946 0958 from abroad", "PHONE_NUMBER")).containsExactly("0044 20 7946 0958");
    }

    @Test
    void localNumbersNeedACueBeforeOrAfter() {
        // shapes no numbering plan places without a country, found next to a word that says they are phones
        assertThat(found("They're not answering at 78 651 450", "PHONE_NUMBER")).containsExactly("78 651 450");
        assertThat(found("You can call 33 93 31 after five.", "PHONE_NUMBER")).containsExactly("33 93 31");
        assertThat(found("Suite 282, Budapest 34796 (37) 788-063-Office", "PHONE_NUMBER")).containsExactly("(37) 788-063");
        assertThat(found("Reach the desk: 9885 1152 or 71-33-52-22", "PHONE_NUMBER")).containsExactly("9885 1152", "71-33-52-22");
        // the same shapes without a cue are amounts, codes and parts of addresses
        assertThat(found("The batch holds 78 651 450 rows and took 9885 1152 ms.", "PHONE_NUMBER")).isEmpty();
        assertThat(found("Score: 33 93 31 after three rounds.", "PHONE_NUMBER")).isEmpty();
    }

    @Test
    void numbersNamedAsCardsOrOrdersAreNotPhones() {
        assertThat(found("My credit card number is 675984103431, please block it.", "PHONE_NUMBER")).isEmpty();
        assertThat(found("I want to increase limit on my card # 503890547220", "PHONE_NUMBER")).isEmpty();
        assertThat(found("send me the last billed amount for cc 503802053770", "PHONE_NUMBER")).isEmpty();
        assertThat(found("aws_account_id=891511536143", "PHONE_NUMBER")).isEmpty();
        assertThat(found("Card lost! Call me on 415-555-2671.", "PHONE_NUMBER")).containsExactly("415-555-2671");
    }

    @Test
    void credentialsInUrlsWalletsAndContextualIds() {
        assertThat(found("db at postgres://admin:s3cr3t@db.internal:5432/app", "URL_WITH_CREDENTIALS")).hasSize(1);
        assertThat(found("send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "CRYPTO_WALLET")).hasSize(1);
        assertThat(found("send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", "CRYPTO_WALLET")).isEmpty(); // bad checksum
        assertThat(found("I was born on 12/03/1985 in Lyon", "DATE_OF_BIRTH")).containsExactly("12/03/1985");
        assertThat(found("The meeting is on 12/03/1985", "DATE_OF_BIRTH")).isEmpty();
        assertThat(found("Passport number: X12345678", "PASSPORT")).containsExactly("X12345678");
        assertThat(found("My driver's license number is A5631933", "DRIVER_LICENSE")).containsExactly("A5631933");
        assertThat(found("A5631933", "DRIVER_LICENSE")).isEmpty();
    }

    @Test
    void contextualIdsAreNamedInOtherLanguagesToo() {
        for (String text : List.of("Geburtsdatum: 12.03.1985", "Geboren am 12.03.1985 in Köln.", "Je suis née le 12/03/1985 à Lyon.",
                "Fecha de nacimiento: 12/03/1985", "Nato il 12/03/1985 a Roma.", "Data urodzenia: 12.03.1985",
                "Дата рождения: 12.03.1985", "Doğum tarihi: 12.03.1985")) {
            assertThat(found(text, "DATE_OF_BIRTH")).as(text).containsExactly(text.replaceAll(".*?(\\d\\d[./]\\d\\d[./]\\d{4}).*", "$1"));
        }
        assertThat(found("Geboren am 12. März 1985 in Köln.", "DATE_OF_BIRTH")).containsExactly("12. März 1985");
        assertThat(found("Je suis née le 1er mars 1985.", "DATE_OF_BIRTH")).containsExactly("1er mars 1985");
        assertThat(found("Nacido el 12 de marzo de 1985 en Sevilla.", "DATE_OF_BIRTH")).containsExactly("12 de marzo de 1985");
        assertThat(found("Ich bin am 12.03.1985 in Köln geboren.", "DATE_OF_BIRTH")).containsExactly("12.03.1985");
        assertThat(found("Ik ben op 12-03-1985 geboren.", "DATE_OF_BIRTH")).containsExactly("12-03-1985");
        assertThat(found("Am 12.03.1985 wurde der Vertrag unterschrieben, die Idee war geboren.", "DATE_OF_BIRTH")).isEmpty();
        assertThat(found("Meine Passnummer ist C01X00T47.", "PASSPORT")).containsExactly("C01X00T47");
        assertThat(found("Número de pasaporte: PAA123456", "PASSPORT")).containsExactly("PAA123456");
        assertThat(found("Numéro de passeport : 19AB12345", "PASSPORT")).containsExactly("19AB12345");
        assertThat(found("Führerscheinnummer: B072RRE2I55", "DRIVER_LICENSE")).containsExactly("B072RRE2I55");
        assertThat(found("Permis de conduire n° 123456789012", "DRIVER_LICENSE")).containsExactly("123456789012");
        // a cue needs its own words: NATO is no "nato il", a password no passport
        assertThat(found("The NATO 12.03.1985 summit", "DATE_OF_BIRTH")).isEmpty();
        assertThat(found("Password: 12.03.1985, pass 12345678", "PASSPORT")).isEmpty();
    }

    @Test
    void namesAndPlaces() {
        // Berlin, not Paris: "Paris" is also a first name, and after "Dr. Anand in" the name tagger takes it for one
        // (docs/DETECTION.md, what the tagger still gets wrong)
        assertThat(found("Yesterday Maria Gonzalez met Dr. Anand in Berlin.", "PERSON")).containsExactly("Maria Gonzalez", "Anand");
        assertThat(found("Yesterday Maria Gonzalez met Dr. Anand in Berlin.", "LOCATION")).containsExactly("Berlin");
        assertThat(found("We met Anand in Paris last year.", "LOCATION")).containsExactly("Paris");
        assertThat(found("Ship it to 1600 Pennsylvania Avenue NW, Washington, DC 20500 today", "LOCATION"))
                .anySatisfy(l -> assertThat(l).startsWith("1600 Pennsylvania Avenue"));
        assertThat(found("The May release will ship on Monday.", "PERSON")).isEmpty();
        assertThat(found("Ship within 24 Business Days to 221B Baker Street, London.", "LOCATION"))
                .anySatisfy(l -> assertThat(l).startsWith("221B Baker Street"));
    }

    @Test
    void reasonsNeverContainTheValue() {
        String text = "jane@example.com 4111111111111111 078-05-1120";
        for (Finding f : PII.scan(TextSegment.input(text), ScanContext.EMPTY).findings()) {
            assertThat(f.reason()).doesNotContain(text.substring(f.start(), f.end()));
        }
    }

    @Property(tries = 300)
    void neverThrowsAndSpansStayInside(@ForAll String text) {
        DetectorResult r = PII.scan(TextSegment.input(text), ScanContext.EMPTY);
        for (Finding f : r.findings()) {
            assertThat(f.end()).isLessThanOrEqualTo(text.length());
        }
    }

    @Test
    void hostileInputsFinish() {
        for (String text : List.of("4111 ".repeat(200_000), "1".repeat(1_000_000), "@.".repeat(500_000),
                "+1 (".repeat(200_000), "Mr. ".repeat(200_000), "AB12 ".repeat(200_000))) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PII.scan(TextSegment.input(text), ScanContext.EMPTY));
        }
    }
}
