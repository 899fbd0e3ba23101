package vn.thidua.eligibility.security;

import org.springframework.security.authentication.LockedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.eligibility.web.PageController;

import java.security.Principal;

/**
 * Every user's own access tokens: create one for a program that calls the API, see when each was
 * last used, revoke one. Creating asks for the password again, so that a session left open cannot
 * become weeks of access; the secret is shown in the answer to that form only, never stored in the
 * session or shown again.
 */
@PageController
class ApiTokenPage {

    /** @param days the lifetime in whole days; empty for the longest allowed */
    record TokenForm(String name, Integer days, String currentPassword) {
        @Override
        public String toString() {
            return "TokenForm[name=" + name + ", days=" + days + "]";
        }
    }

    private final ApiTokenService tokens;
    private final UserManagement users;

    ApiTokenPage(ApiTokenService tokens, UserManagement users) {
        this.tokens = tokens;
        this.users = users;
    }

    @GetMapping("/tokens")
    String list(Principal user, Model model) {
        model.addAttribute("form", new TokenForm("", null, ""));
        return page(user, model);
    }

    @PostMapping("/tokens")
    String create(@ModelAttribute("form") TokenForm form, BindingResult binding, Principal user, Model model) {
        String lifetime = form.days() == null ? null : form.days() + "d";
        Object[] maxDays = {tokens.maxLifetimeDays()};
        // a number that could not be read is refused once, by the binding
        tokens.check(form.name(), binding.hasFieldErrors("days") ? null : lifetime).problems().forEach(problem ->
                binding.rejectValue("lifetime".equals(problem.field()) ? "days" : problem.field(), "tokens.rule." + problem.rule(),
                        maxDays, problem.message()));
        if (!binding.hasErrors()) {
            try {
                users.confirmPasswordInSession(user.getName(), form.currentPassword());
                model.addAttribute("created", tokens.create(user.getName(), form.name(), lifetime));
                model.addAttribute("form", new TokenForm("", null, ""));
            } catch (PasswordRejectedException e) {
                binding.rejectValue("currentPassword", "password.rule." + e.problem().rule(), e.problem().message());
            } catch (LockedException e) {
                binding.reject("password.locked");
            } catch (AccountException e) { // the account holds as many tokens as it may
                binding.reject("tokens.tooMany", new Object[] {ApiTokenService.MAX_ACTIVE}, e.getMessage());
            }
        }
        return page(user, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Principal user, RedirectAttributes redirect) {
        ApiTokenView revoked = tokens.revoke(user.getName(), id, user.getName());
        redirect.addFlashAttribute("revoked", revoked.name());
        return "redirect:/tokens";
    }

    private String page(Principal user, Model model) {
        model.addAttribute("tokens", tokens.list(user.getName()));
        model.addAttribute("maxDays", tokens.maxLifetimeDays());
        return "tokens";
    }
}
