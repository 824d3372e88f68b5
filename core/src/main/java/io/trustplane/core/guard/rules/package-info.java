/**
 * Per-project custom rules: phrase lists and regular expressions, compiled once with RE2/J so that a
 * user-written pattern runs in time linear in the text and can never hang the server.
 */
package io.trustplane.core.guard.rules;
