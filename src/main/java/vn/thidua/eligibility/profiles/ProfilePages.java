package vn.thidua.eligibility.profiles;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.web.PageController;

/** The profiles' search, and a person's and a unit's profile. */
@PageController
class ProfilePages {
    private final Profiles profiles;

    ProfilePages(Profiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/profiles")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("found", profiles.search(q));
        return "profiles";
    }

    @GetMapping("/profiles/persons/{code}")
    String person(@PathVariable String code, Model model) {
        model.addAttribute("profile", profiles.person(code)
                .orElseThrow(() -> new ProfileNotFoundException(SubjectType.PERSON, code)));
        return "profile-person";
    }

    @GetMapping("/profiles/units/{code}")
    String unit(@PathVariable String code, Model model) {
        model.addAttribute("profile", profiles.unit(code)
                .orElseThrow(() -> new ProfileNotFoundException(SubjectType.UNIT, code)));
        return "profile-unit";
    }
}
