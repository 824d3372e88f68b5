/**
 * Secret detection: provider credentials recognised by their published formats, private keys, JWTs,
 * passwords in URLs, connection strings and configuration, password hashes, and high-entropy values
 * next to a secret-naming keyword. All patterns are RE2/J (linear time); each rule runs only when one
 * of its keywords occurs in the text.
 */
package io.trustplane.core.guard.secrets;
