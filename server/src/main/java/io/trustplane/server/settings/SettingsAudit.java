package io.trustplane.server.settings;

import io.trustplane.server.audit.AuditProperties;
import io.trustplane.server.audit.AuditRecord;
import io.trustplane.server.audit.AuditUnavailableException;
import io.trustplane.server.audit.Auditor;
import io.trustplane.server.audit.archive.ArchiveProperties;
import io.trustplane.server.eventlog.EventLogProperties;
import io.trustplane.server.guard.GuardProperties;
import io.trustplane.server.secrets.MasterKey;
import io.trustplane.server.security.SecurityProperties;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Audits changes of the {@linkplain AuditedSettings security-relevant settings}. They are configuration, not API
 * calls, so they change between runs: at every start the effective values are compared with those recorded at the
 * last start, and any difference becomes one {@code settings.changed} entry listing each changed setting with its
 * old and new value (the first start lists them all, from null). The values recorded are updated in the same
 * transaction as the entry, so a change is audited exactly once even if the server stops right after.
 */
@Component
public class SettingsAudit implements SmartInitializingSingleton {
    static final String ACTION = "settings.changed";
    private static final String STORED = "audited_settings";
    private static final Logger log = LoggerFactory.getLogger(SettingsAudit.class);

    private final JdbcTemplate jdbc;
    private final Auditor auditor;
    private final JsonMapper json;
    private final AuditedSettings settings;

    @Autowired
    public SettingsAudit(JdbcTemplate jdbc, Auditor auditor, JsonMapper json, AuditProperties audit,
                         ArchiveProperties archive, EventLogProperties eventLog, GuardProperties guard,
                         SecurityProperties security, MasterKey masterKey) {
        this(jdbc, auditor, json, new AuditedSettings(audit, archive, eventLog, guard, security, masterKey.description()));
    }

    SettingsAudit(JdbcTemplate jdbc, Auditor auditor, JsonMapper json, AuditedSettings settings) {
        this.jdbc = jdbc;
        this.auditor = auditor;
        this.json = json;
        this.settings = settings;
    }

    /** Runs after the schema is migrated and the audit log is open, before the web server accepts requests. */
    @Override
    public void afterSingletonsInstantiated() {
        recordChanges();
    }

    /** Appends a {@code settings.changed} entry if the settings differ from those last recorded; returns it or null. */
    AuditRecord recordChanges() {
        SortedMap<String, String> current = settings.values();
        List<Map<String, String>> changes = changes(recorded(), current);
        if (changes.isEmpty()) return null;
        String stored = json.writeValueAsString(current);
        try {
            AuditRecord entry = auditor.record(Auditor.SYSTEM, null, ACTION, "settings", Map.of("changes", changes),
                    (connection, seq) -> {
                        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO audit_settings (name, value) "
                                + "VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                            upsert.setString(1, STORED);
                            upsert.setString(2, stored);
                            upsert.executeUpdate();
                        }
                    });
            log.info("Audited {} changed setting(s) as entry {}", changes.size(), entry.seq());
            return entry;
        } catch (AuditUnavailableException e) {
            // The log refuses entries (failed integrity check): the server still starts to serve the log for
            // inspection; the change stays unrecorded and is audited at the first start with a healthy log.
            log.warn("Settings changed but the audit log is unavailable; the change will be audited at the next start: {}",
                    e.getMessage());
            return null;
        }
    }

    private SortedMap<String, String> recorded() {
        List<String> stored = jdbc.queryForList("SELECT value FROM audit_settings WHERE name = ?", String.class, STORED);
        return stored.isEmpty() ? new TreeMap<>() : json.readValue(stored.getFirst(), new TypeReference<TreeMap<String, String>>() { });
    }

    /** One {@code {setting, from, to}} per setting that was added, removed or changed, in name order. */
    static List<Map<String, String>> changes(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<Map<String, String>> changes = new ArrayList<>();
        for (String name : names) {
            String from = before.get(name);
            String to = after.get(name);
            if (Objects.equals(from, to)) continue;
            Map<String, String> change = new LinkedHashMap<>();
            change.put("setting", name);
            change.put("from", from);
            change.put("to", to);
            changes.add(change);
        }
        return changes;
    }
}
