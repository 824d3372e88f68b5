/**
 * Changes of the server's security-relevant settings, recorded in the audit trail. Settings come from
 * configuration files and the environment rather than an API, so they are compared at every start with those
 * of the previous start ({@link io.trustplane.server.settings.SettingsAudit}); see docs/AUDIT.md.
 */
package io.trustplane.server.settings;
