/**
 * PII detection and redaction: structured identifiers validated by their checksums or formats (e-mail,
 * phone numbers via libphonenumber, payment cards by Luhn, IBAN by mod-97, US SSN, IP addresses, URLs with
 * credentials, crypto wallets), identifiers recognised by context (dates of birth, passport and
 * driver-licence numbers), and person names and locations from gazetteer rules and a learned token tagger
 * ({@code NameTagger}). {@link
 * io.trustplane.core.guard.pii.RedactionSession} replaces findings by masks, type tags, consistent
 * pseudonyms or keyed hashes.
 */
package io.trustplane.core.guard.pii;
