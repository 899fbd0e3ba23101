package vn.thidua.eligibility.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.security.AccountHolders;
import vn.thidua.eligibility.web.PageFormats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The audit log as people read it: each entry a sentence in the page's language (one pattern per
 * event type, {@code audit.event.<ACTION>} in the message bundle: {0} is who, the rest named
 * details; who acted by their full name), and its details as rows of a labelled table
 * ({@code audit.key.<key>}), not JSON. The stored entry stays as it is: the chain's hashes are
 * computed over it.
 */
@Component
class AuditSentences {
    /** For each event type, the details its sentence names after the actor, in the pattern's order. */
    private static final Map<String, List<String>> ARGUMENTS = Map.ofEntries(
            Map.entry("RUN_COMPLETED", List.of("run", "subjects")),
            Map.entry("RUN_FAILED", List.of("run")),
            Map.entry("RULESET_CREATED", List.of("version")),
            Map.entry("RULESET_VALIDATED", List.of("version")),
            Map.entry("RULESET_TESTED", List.of("version")),
            Map.entry("RULESET_ACTIVATED", List.of("version")),
            Map.entry("RULESET_DISCARDED", List.of("version")),
            Map.entry("USER_CREATED", List.of("username", "role")),
            Map.entry("ACCOUNT_LOCKED", List.of("username", "failures")),
            Map.entry("ACCOUNT_UNLOCKED", List.of("username")),
            Map.entry("ACCOUNT_PASSWORD_CHANGED", List.of("username")),
            Map.entry("ACCOUNT_PASSWORD_RESET", List.of("username")),
            Map.entry("ACCOUNT_ROLE_CHANGED", List.of("username", "from", "to")),
            Map.entry("ACCOUNT_DISABLED", List.of("username")),
            Map.entry("ACCOUNT_ENABLED", List.of("username")),
            Map.entry("ACCOUNT_HOLDER_CHANGED", List.of("username", "fullName")),
            Map.entry("ACCOUNT_TOKEN_CREATED", List.of("username", "tokenName", "expiresAt")),
            Map.entry("ACCOUNT_TOKEN_REVOKED", List.of("username", "tokenName")),
            Map.entry("CHAIN_KEYED", List.of("legacyEntries")),
            Map.entry("PROPOSAL_COMPILED", List.of("proposal", "run")),
            Map.entry("PROPOSAL_OVERRIDE_ADDED", List.of("proposal", "subject")),
            Map.entry("PROPOSAL_NOTE_SET", List.of("proposal", "subject")),
            Map.entry("PROPOSAL_SUBMITTED", List.of("proposal")),
            Map.entry("PROPOSAL_REVIEWED", List.of("proposal", "minutesNo")),
            Map.entry("PROPOSAL_DECIDED", List.of("proposal", "decisionNo")),
            Map.entry("PROPOSAL_REVOKED", List.of("proposal", "subject")),
            Map.entry("PROPOSAL_SIGNED_DECISION_ATTACHED", List.of("proposal", "decisionNo")));
    /** Details whose values are codes with a label of their own in the bundle. */
    private static final Map<String, String> CODE_LABELS = Map.of("role", "role.", "from", "role.", "to", "role.",
            "engineOutcome", "outcome.", "status", "status.", "award", "enum.");
    /** A long list (the keys of a large import) shows its first items and how many more there are. */
    private static final int LISTED = 20;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    /** The name the service acts under (a lock after failed logins, the chain's keying). */
    private static final String SYSTEM = "system";
    /** English texts some events store as they are, in the page's words. */
    private static final Map<String, String> FIXED_TEXTS = Map.of("bad credentials", "audit.value.badCredentials",
            "revoked by its owner", "audit.value.tokenRevokedByOwner",
            "revoked by an administrator", "audit.value.tokenRevokedByAdministrator",
            "account disabled", "audit.value.tokenAccountDisabled",
            "password changed", "audit.value.tokenPasswordChanged",
            "password reset", "audit.value.tokenPasswordReset");
    private static final Pattern SUBJECT = Pattern.compile("(UNIT|PERSON)[ /:](.+)");

    private final MessageSource messages;
    private final PageFormats formats;
    private final AccountHolders holders;

    AuditSentences(MessageSource messages, PageFormats formats, AccountHolders holders) {
        this.messages = messages;
        this.formats = formats;
        this.holders = holders;
    }

    /** One entry as a line of the page. */
    record Line(AuditEntry entry, String sentence, List<Detail> details) {
    }

    /** A detail: its label, and its value in words. */
    record Detail(String label, String value) {
    }

    List<Line> lines(List<AuditEntry> entries, Locale locale) {
        return entries.stream().map(e -> line(e, locale)).toList();
    }

    Line line(AuditEntry e, Locale locale) {
        JsonNode details = e.details();
        List<Object> arguments = new ArrayList<>();
        arguments.add(actor(e.actor(), locale));
        if ("FACTS_IMPORTED".equals(e.action())) {
            arguments.add(imported(details, locale));
        } else {
            for (String key : ARGUMENTS.getOrDefault(e.action(), List.of())) {
                arguments.add(value(key, details.path(key), locale));
            }
        }
        String sentence = messages.getMessage("audit.event." + e.action(), arguments.toArray(), null, locale);
        if (sentence == null) {
            sentence = messages.getMessage("audit.event.other", new Object[] {arguments.get(0), e.action()}, locale);
        }
        List<Detail> rows = new ArrayList<>();
        details.fields().forEachRemaining(f -> rows.add(new Detail(label(f.getKey(), locale), value(f.getKey(), f.getValue(), locale))));
        return new Line(e, sentence, rows);
    }

    /** Who acted, by their full name (the login where none is filled in); the service itself by that name. */
    private String actor(String username, Locale locale) {
        return SYSTEM.equals(username) ? messages.getMessage("audit.system", null, locale)
                : holders.holder(username).displayName();
    }

    /** "12 cá nhân; 326 hồ sơ TTHC (trong đó 3 thay thế bản ghi đã có)": per kind, what an import wrote. */
    private String imported(JsonNode details, Locale locale) {
        List<String> parts = new ArrayList<>();
        details.path("kinds").fields().forEachRemaining(kind -> {
            int added = kind.getValue().path("added").asInt();
            int replaced = kind.getValue().path("replaced").asInt();
            if (added + replaced > 0) {
                String name = lowerFirst(messages.getMessage("kind." + kind.getKey(), null, label(kind.getKey(), locale), locale));
                parts.add(messages.getMessage(replaced == 0 ? "audit.imported" : "audit.importedReplacing",
                        new Object[] {added + replaced, name, replaced}, locale));
            }
        });
        // "; " between kinds: a kind's own name may hold a comma ("kỷ luật, xem xét, thanh tra")
        return parts.isEmpty() ? messages.getMessage("audit.importedNothing", null, locale) : String.join("; ", parts);
    }

    private String label(String key, Locale locale) {
        return messages.getMessage("audit.key." + key, null, key, locale);
    }

    /** A detail's value in words: codes by their labels, dates dd/MM/yyyy, lists and groups spelled out. */
    private String value(String key, JsonNode node, Locale locale) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isBoolean()) {
            return messages.getMessage(node.asBoolean() ? "audit.yes" : "audit.no", null, locale);
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? node.asText() : formats.number(node.decimalValue());
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            Iterator<JsonNode> it = node.elements();
            while (it.hasNext() && items.size() < LISTED) {
                items.add(value(key, it.next(), locale));
            }
            String listed = String.join(", ", items);
            return node.size() > LISTED
                    ? messages.getMessage("audit.more", new Object[] {listed, node.size() - LISTED}, locale) : listed;
        }
        if (node.isObject()) {
            List<String> fields = new ArrayList<>();
            node.fields().forEachRemaining(f -> fields.add(label(f.getKey(), locale) + ": " + value(f.getKey(), f.getValue(), locale)));
            return String.join("; ", fields);
        }
        return text(key, node.asText(), locale);
    }

    private String text(String key, String text, Locale locale) {
        String prefix = CODE_LABELS.get(key);
        if (prefix != null) {
            String label = messages.getMessage(prefix + text, null, null, locale);
            if (label != null) {
                return label;
            }
        }
        if (FIXED_TEXTS.containsKey(text)) {
            return messages.getMessage(FIXED_TEXTS.get(text), null, locale);
        }
        if ("fourEyes".equals(key)) {
            return messages.getMessage(text.startsWith("checked") ? "audit.value.fourEyesChecked" : "audit.value.fourEyesNotChecked",
                    null, locale);
        }
        if (DATE.matcher(text).matches()) {
            return parsed(text, t -> formats.date(LocalDate.parse(t)));
        }
        if (INSTANT.matcher(text).matches()) {
            return parsed(text, t -> formats.dateTime(Instant.parse(t)));
        }
        var subject = SUBJECT.matcher(text);
        if (subject.matches()) {
            return lowerFirst(messages.getMessage("enum." + subject.group(1), null, subject.group(1), locale)) + " " + subject.group(2);
        }
        return text;
    }

    private static String parsed(String text, UnaryOperator<String> format) {
        try {
            return format.apply(text);
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
