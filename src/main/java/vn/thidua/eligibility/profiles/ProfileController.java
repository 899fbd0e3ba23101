package vn.thidua.eligibility.profiles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.eligibility.model.SubjectType;

@RestController
@RequestMapping("/api/profiles")
@Tag(name = "Profiles", description = "Lý lịch thi đua: every award, discipline, initiative, rating, scored item "
        + "and decision about one person or unit, across the years")
class ProfileController {
    private final Profiles profiles;

    ProfileController(Profiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(summary = "Units and persons whose code contains q, or each of whose words begins a word of their name, "
            + "without regard to case or diacritics (\"nguyen van a\" finds \"Nguyễn Văn A\"); every one without q")
    ProfileSearch search(@RequestParam(required = false) String q) {
        return profiles.search(q);
    }

    @GetMapping("/persons/{code}")
    @Operation(summary = "A person's profile: units over time, awards, discipline, initiatives, ratings, scored items, "
            + "and every decision of every run with its explanation's address")
    PersonProfile person(@PathVariable String code) {
        return profiles.person(code).orElseThrow(() -> new ProfileNotFoundException(SubjectType.PERSON, code));
    }

    @GetMapping("/units/{code}")
    @Operation(summary = "A unit's profile: its people over time, awards, discipline, scored items by year, "
            + "and every decision of every run with its explanation's address")
    UnitProfile unit(@PathVariable String code) {
        return profiles.unit(code).orElseThrow(() -> new ProfileNotFoundException(SubjectType.UNIT, code));
    }
}
