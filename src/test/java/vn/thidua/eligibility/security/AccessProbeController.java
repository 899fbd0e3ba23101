package vn.thidua.eligibility.security;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;

/**
 * A test-only write under the facts and runs rules that changes nothing and answers with the
 * caller's name: the account tests use it to see who a password lets in.
 */
@RestController
class AccessProbeController {

    @PostMapping({"/api/facts/probe", "/api/runs/probe"})
    String write(Principal caller) {
        return caller.getName();
    }
}
