package vn.thidua.eligibility.security;

import vn.thidua.eligibility.web.PageController;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;

/**
 * Users, their roles, names and positions (ADMIN only, by the URL rules): create, disable and
 * re-enable, reset a password, fill in who is behind an account. The form is checked as the API's
 * body is.
 */
@PageController
class UserPages {
    private final UserManagement users;

    UserPages(UserManagement users) {
        this.users = users;
    }

    @GetMapping("/users")
    String list(Model model) {
        model.addAttribute("form", new NewUser("", "", "", "", Role.STAFF.name()));
        return page(model);
    }

    @PostMapping("/users")
    String create(@Valid @ModelAttribute("form") NewUser form, BindingResult binding, Principal admin, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            // the validation's message is the API's English: the page names the rule in the reader's language
            if (binding.hasFieldErrors("password") && form.password() != null) {
                users.passwordProblem(form.username(), form.password())
                        .ifPresent(problem -> model.addAttribute("passwordRule", problem.rule()));
            }
            return page(model);
        }
        try {
            users.create(form, admin.getName());
        } catch (UsernameTakenException e) {
            binding.rejectValue("username", "taken");
            return page(model);
        }
        redirect.addFlashAttribute("created", form.username());
        return "redirect:/users";
    }

    /** Lifts the lock that failed logins put on an account. */
    @PostMapping("/users/{username}/unlock")
    String unlock(@PathVariable String username, Principal admin, RedirectAttributes redirect) {
        users.unlock(username, admin.getName());
        redirect.addFlashAttribute("unlocked", username);
        return "redirect:/users";
    }

    /** Disables or re-enables an account; the page refuses, as the API does, one's own. */
    @PostMapping("/users/{username}/enabled")
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled, Principal admin,
                      RedirectAttributes redirect) {
        try {
            users.setEnabled(username, enabled, admin.getName());
            redirect.addFlashAttribute(enabled ? "enabled" : "disabled", username);
        } catch (AccountException e) {
            redirect.addFlashAttribute("refused", "own");
        }
        return "redirect:/users";
    }

    /** A new password its owner must change at the next login; a refused one says which rule, beside the account. */
    @PostMapping("/users/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(defaultValue = "") String password,
                         Principal admin, RedirectAttributes redirect) {
        try {
            users.resetPassword(username, password, admin.getName());
            redirect.addFlashAttribute("reset", username);
        } catch (PasswordRejectedException e) {
            redirect.addFlashAttribute("resetRefused", username);
            redirect.addFlashAttribute("resetRule", e.problem().rule());
        }
        return "redirect:/users";
    }

    @PostMapping("/users/{username}/holder")
    String changeHolder(@PathVariable String username, @RequestParam(defaultValue = "") String fullName,
                        @RequestParam(defaultValue = "") String position, Principal admin, RedirectAttributes redirect) {
        if (fullName.strip().length() > 100 || position.strip().length() > 100) {
            redirect.addFlashAttribute("holderRefused", username);
        } else {
            users.changeHolder(username, fullName, position, admin.getName());
            redirect.addFlashAttribute("holderChanged", username);
        }
        return "redirect:/users";
    }

    /** The form is in the model already, with its binding errors: adding it again would drop them. */
    private String page(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Role.values());
        return "users";
    }
}
