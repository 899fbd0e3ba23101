package vn.thidua.eligibility.security;

import vn.thidua.eligibility.web.PageController;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;

/** Users and their roles (ADMIN only, by the URL rules); the form is checked as the API's body is. */
@PageController
class UserPages {
    private final UserManagement users;

    UserPages(UserManagement users) {
        this.users = users;
    }

    @GetMapping("/users")
    String list(Model model) {
        model.addAttribute("form", new NewUser("", "", Role.STAFF.name()));
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
            users.create(form.username(), form.password(), Role.valueOf(form.role()), admin.getName());
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

    /** The form is in the model already, with its binding errors: adding it again would drop them. */
    private String page(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Role.values());
        return "users";
    }
}
