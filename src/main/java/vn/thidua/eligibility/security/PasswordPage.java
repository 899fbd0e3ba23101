package vn.thidua.eligibility.security;

import vn.thidua.eligibility.web.PageController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.authentication.LockedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;

/**
 * Every user changes their own password here; a user whose password was generated is sent here
 * until they do. The new password is typed twice, since a typo would lock its owner out.
 */
@PageController
class PasswordPage {

    record PasswordForm(@NotNull(message = "{password.required}") String currentPassword,
                        @NotNull(message = "{password.required}") String newPassword,
                        @NotNull(message = "{password.required}") String confirmPassword) {
        @Override
        public String toString() {
            return "PasswordForm[…]";
        }
    }

    private final UserManagement users;

    PasswordPage(UserManagement users) {
        this.users = users;
    }

    @GetMapping("/password")
    String form(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return "password";
    }

    @PostMapping("/password")
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult binding, Principal user,
                  RedirectAttributes redirect) {
        if (!binding.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            binding.rejectValue("confirmPassword", "password.mismatch");
        }
        if (binding.hasErrors()) {
            return "password";
        }
        try {
            users.changeOwnPasswordInSession(user.getName(), form.currentPassword(), form.newPassword());
        } catch (PasswordRejectedException e) {
            binding.rejectValue(e.field(), "password.rule." + e.problem().rule(), e.problem().message());
            return "password";
        } catch (LockedException e) {
            binding.reject("password.locked");
            return "password";
        }
        redirect.addFlashAttribute("changed", true);
        return "redirect:/password";
    }
}
