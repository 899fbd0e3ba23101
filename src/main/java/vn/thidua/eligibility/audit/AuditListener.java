package vn.thidua.eligibility.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.thidua.eligibility.facts.FactsImported;
import vn.thidua.eligibility.rulesets.RuleSetEvent;
import vn.thidua.eligibility.runs.RunCompleted;
import vn.thidua.eligibility.security.AccountEvent;
import vn.thidua.eligibility.security.UserCreated;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the modules' events into audit entries. A change's entry is written just before its
 * transaction commits, in that transaction: a change rolled back leaves no entry, and a change
 * cannot commit without its entry. An event published outside any transaction gets one of its own.
 */
@Component
class AuditListener {
    private final AuditLog log;

    AuditListener(AuditLog log) {
        this.log = log;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void factsImported(FactsImported e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("added", e.report().added());
        details.put("replaced", e.report().replaced());
        details.put("kinds", e.report().kinds());
        details.put("keys", e.keys());
        log.append(e.user(), "FACTS_IMPORTED", details);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void runCompleted(RunCompleted e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("run", e.id().value());
        details.put("status", e.status().name());
        details.put("ruleSetVersion", e.ruleSetVersion());
        details.put("ruleSetHash", e.ruleSetHash());
        details.put("subjects", e.subjects());
        details.put("failureReason", e.failureReason());
        details.put("digest", e.digest());
        log.append(e.startedBy(), "RUN_" + e.status().name(), details);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void ruleSet(RuleSetEvent e) {
        Map<String, Object> details = new LinkedHashMap<>(e.details());
        details.put("version", e.version());
        log.append(e.user(), "RULESET_" + e.action(), details);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void userCreated(UserCreated e) {
        log.append(e.createdBy(), "USER_CREATED", Map.of("username", e.username(), "role", e.role()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void account(AccountEvent e) {
        Map<String, Object> details = new LinkedHashMap<>(e.details() == null ? Map.of() : e.details());
        details.put("username", e.username());
        log.append(e.actor(), "ACCOUNT_" + e.action(), details);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void audited(Audited e) {
        log.append(e.actor(), e.action(), e.details());
    }

    /** Nothing changed, so nothing to join: the attempt is recorded on its own, whatever happens around it. */
    @EventListener
    void failedLogin(AuthenticationFailureBadCredentialsEvent e) {
        log.appendAlone(String.valueOf(e.getAuthentication().getName()), "LOGIN_FAILED",
                Map.of("reason", "bad credentials"));
    }
}
