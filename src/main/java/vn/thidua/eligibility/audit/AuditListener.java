package vn.thidua.eligibility.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.facts.FactsImported;
import vn.thidua.eligibility.rulesets.RuleSetEvent;
import vn.thidua.eligibility.runs.RunCompleted;
import vn.thidua.eligibility.security.UserCreated;

import java.util.LinkedHashMap;
import java.util.Map;

/** Turns the modules' events into audit entries. */
@Component
class AuditListener {
    private final AuditLog log;

    AuditListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void factsImported(FactsImported e) {
        log.append(e.user(), "FACTS_IMPORTED", Map.of("added", e.report().added(), "replaced", e.report().replaced(),
                "kinds", e.report().kinds()));
    }

    @EventListener
    void runCompleted(RunCompleted e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("run", e.id().value());
        details.put("status", e.status().name());
        details.put("ruleSetVersion", e.ruleSetVersion());
        details.put("ruleSetHash", e.ruleSetHash());
        details.put("subjects", e.subjects());
        details.put("failureReason", e.failureReason());
        log.append(e.startedBy(), "RUN_" + e.status().name(), details);
    }

    @EventListener
    void ruleSet(RuleSetEvent e) {
        Map<String, Object> details = new LinkedHashMap<>(e.details());
        details.put("version", e.version());
        log.append(e.user(), "RULESET_" + e.action(), details);
    }

    @EventListener
    void userCreated(UserCreated e) {
        log.append(e.createdBy(), "USER_CREATED", Map.of("username", e.username(), "role", e.role()));
    }

    @EventListener
    void failedLogin(AuthenticationFailureBadCredentialsEvent e) {
        log.append(String.valueOf(e.getAuthentication().getName()), "LOGIN_FAILED",
                Map.of("reason", "bad credentials"));
    }
}
