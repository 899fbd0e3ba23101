package vn.thidua.eligibility.security;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;

/**
 * Test-only endpoints standing in for the facts, runs and rule-set controllers, so the URL rules can
 * be proved before those exist. Each answers with the caller's name.
 */
@RestController
class AccessProbeController {

    @GetMapping("/api/probe")
    String read(Principal caller) {
        return caller.getName();
    }

    @PostMapping({"/api/facts/probe", "/api/runs/probe"})
    String write(Principal caller) {
        return caller.getName();
    }

    @PutMapping({"/api/facts/probe", "/api/rule-sets/probe"})
    String replace(Principal caller) {
        return caller.getName();
    }

    @DeleteMapping("/api/rule-sets/probe")
    String delete(Principal caller) {
        return caller.getName();
    }
}
