package vn.thidua.eligibility.profiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.runs.RunRequest;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunStatus;
import vn.thidua.eligibility.runs.RunSummary;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The profiles' JSON on the demo Department, after its annual runs of 2024 and 2025: Trương Ngọc Lan
 * (NV018) holds Giấy khen of 2021 and 2022 and was sanctioned from 01/09/2024 to 31/08/2025.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Profiles profiles;

    RunSummary run2024;
    RunSummary run2025;

    @BeforeAll
    void demoRuns(@Autowired JdbcTemplate jdbc, @Autowired FactImport facts, @Autowired RunService runs) {
        DemoDepartment.importFacts(jdbc, facts);
        run2024 = DemoDepartment.annual2024(runs);
        run2025 = runs.start(RunRequest.annual(2025, LocalDate.of(2026, 1, 15)), "staff");
        assertThat(run2025.status()).isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void aPersonsProfileHoldsHerAwardsDisciplineRatingsItemsAndEveryDecision() throws Exception {
        JsonNode p = read("/api/profiles/persons/NV018");

        assertThat(p.path("fullName").asText()).isEqualTo("Trương Ngọc Lan");
        assertThat(p.path("unitCode").asText()).isEqualTo("QLCN");
        assertThat(p.path("unitName").asText()).isEqualTo("Phòng Quản lý công nghiệp");
        assertThat(p.path("position").asText()).isEqualTo("Trưởng phòng");
        assertThat(p.path("awards").findValuesAsText("year")).containsExactly("2022", "2021");
        assertThat(p.path("awards").get(0).path("award").asText()).isEqualTo("GIAY_KHEN_CCHC");
        assertThat(p.path("awards").get(0).path("decisionNo").asText()).isEqualTo("21/QĐ-SCT");
        assertThat(p.path("awards").get(0).path("decisionDate").asText()).isEqualTo("2023-01-19");

        JsonNode sanction = p.path("disciplines").get(0);
        assertThat(p.path("disciplines")).hasSize(1);
        assertThat(sanction.path("kind").asText()).isEqualTo("SANCTION");
        assertThat(sanction.path("from").asText()).isEqualTo("2024-09-01");
        assertThat(sanction.path("sanctionEnd").asText()).isEqualTo("2025-08-31");

        assertThat(p.path("ratings").findValuesAsText("rating")).containsExactly("HTNV", "HTTNV");
        assertThat(p.path("initiatives")).isEmpty();
        assertThat(p.path("scoredItems").findValuesAsText("year")).containsExactly("2025", "2024", "2023");
        JsonNode items2023 = p.path("scoredItems").get(2);
        assertThat(items2023.path("items").findValuesAsText("code")).containsExactly("4.1.1", "4.2.2", "4.3.3");
        assertThat(items2023.path("fullScore").asInt()).isZero();
        assertThat(items2023.path("score").decimalValue()).isEqualByComparingTo("2.25");
        assertThat(items2023.path("maxScore").decimalValue()).isEqualByComparingTo("4");

        Map<Long, JsonNode> decisions = byRun(p.path("decisions"));
        JsonNode in2024 = decisions.get(run2024.id().value());
        assertThat(in2024.path("kind").asText()).isEqualTo("ANNUAL");
        assertThat(in2024.path("year").asInt()).isEqualTo(2024);
        assertThat(in2024.path("referenceDate").asText()).isEqualTo("2025-01-15");
        assertThat(in2024.path("ruleSetVersion").asInt()).isEqualTo(run2024.ruleSetVersion());
        assertThat(in2024.path("outcome").asText()).as("sanctioned on the reference date").isEqualTo("EXCLUDED");
        assertThat(texts(in2024.path("blockers"))).containsExactly("SANCTION");
        JsonNode in2025 = decisions.get(run2025.id().value());
        assertThat(in2025.path("year").asInt()).isEqualTo(2025);
        assertThat(in2025.path("referenceDate").asText()).isEqualTo("2026-01-15");
        // the sanction ended on 31/08/2025: nothing of 2025, a year that began before that end, counts
        assertThat(in2025.path("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(texts(in2025.path("missed"))).containsExactlyInAnyOrder("P1", "P2");
        assertThat(texts(in2025.path("blockers"))).isEmpty();

        String explanation = "/runs/" + run2024.id().value() + "/decisions/PERSON/NV018";
        assertThat(in2024.path("explanation").asText()).isEqualTo(explanation);
        assertThat(in2024.path("api").asText()).isEqualTo("/api" + explanation);
        mvc.perform(get(in2024.path("api").asText()).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.subjectCode").value("NV018"));
        mvc.perform(get(explanation).with(user("auditor").roles("AUDITOR"))).andExpect(status().isOk());
    }

    @Test
    void aUnitsProfileHoldsItsPeopleOverTimeItsItemsByYearAndItsDecisions() throws Exception {
        JsonNode u = read("/api/profiles/units/QLCN");

        assertThat(u.path("name").asText()).isEqualTo("Phòng Quản lý công nghiệp");
        JsonNode moved = StreamSupport.stream(u.path("members").spliterator(), false)
                .filter(m -> m.path("personCode").asText().equals("NV034")).findFirst().orElseThrow();
        assertThat(moved.path("from").asText()).isEqualTo("2025-03-01");
        assertThat(moved.has("to")).as("still there").isFalse();
        assertThat(u.path("members").findValuesAsText("personCode")).contains("NV018").doesNotHaveDuplicates();
        assertThat(u.path("scoredItems").findValuesAsText("year")).containsExactly("2025", "2024", "2023");
        JsonNode items2024 = u.path("scoredItems").get(1);
        // the unit's U1 of 2024: 7 of its 10 items at full score
        assertThat(items2024.path("items")).hasSize(10);
        assertThat(items2024.path("fullScore").asInt()).isEqualTo(7);
        assertThat(byRun(u.path("decisions")).get(run2024.id().value()).path("outcome").asText()).isEqualTo("NOT_ELIGIBLE");

        JsonNode ktat = read("/api/profiles/units/KTAT");
        assertThat(ktat.path("dissolvedOn").asText()).isEqualTo("2025-03-01");
        JsonNode left = StreamSupport.stream(ktat.path("members").spliterator(), false)
                .filter(m -> m.path("personCode").asText().equals("NV034")).findFirst().orElseThrow();
        assertThat(left.path("from").asText()).isEqualTo("2018-03-01");
        assertThat(left.path("to").asText()).isEqualTo("2025-02-28");
    }

    @Test
    void aPersonWhoMovedHasHerUnitsOverTimeNewestFirst() throws Exception {
        JsonNode p = read("/api/profiles/persons/NV034");
        assertThat(p.path("memberships").findValuesAsText("unitCode")).containsExactly("QLCN", "KTAT");
        assertThat(p.path("memberships").get(1).path("unitName").asText()).isEqualTo("Phòng Kỹ thuật an toàn – Môi trường");
    }

    @Test
    void everyDemoPersonIsFoundByTheirNameInLowerCaseWithoutDiacritics() throws Exception {
        JsonNode bundle = json.readTree(Path.of("db/demo/fact-bundle.json").toFile());
        List<String> missed = new ArrayList<>();
        for (JsonNode person : bundle.path("people")) {
            String typed = withoutDiacritics(person.path("fullName").asText());
            List<String> found = profiles.search(typed).persons().stream().map(Rows.ProfileHit::code).toList();
            if (!found.contains(person.path("code").asText())) {
                missed.add(typed + " → " + found);
            }
        }
        assertThat(bundle.path("people")).hasSize(43);
        assertThat(missed).isEmpty();
    }

    @Test
    void theSearchAnswersWithUnitsAndPersonsAndTheirProfilesAddresses() throws Exception {
        JsonNode found = read("/api/profiles?q=truong ngoc lan");
        assertThat(found.path("units")).isEmpty();
        assertThat(found.path("persons").findValuesAsText("code")).containsExactly("NV018");
        assertThat(found.path("persons").get(0).path("profile").asText()).isEqualTo("/profiles/persons/NV018");
        assertThat(found.path("persons").get(0).path("api").asText()).isEqualTo("/api/profiles/persons/NV018");

        JsonNode byCode = read("/api/profiles?q=qlcn");
        assertThat(byCode.path("units").findValuesAsText("code")).containsExactly("QLCN");
        JsonNode everyone = read("/api/profiles");
        assertThat(everyone.path("units")).hasSize(9);
        assertThat(everyone.path("persons")).hasSize(43);
    }

    @Test
    void anUnknownCodeIsNotFoundAndNamesTheCode() throws Exception {
        mvc.perform(get("/api/profiles/persons/NV999").with(user("staff").roles("STAFF")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no person with the code 'NV999'"));
        mvc.perform(get("/api/profiles/units/NV018").with(user("staff").roles("STAFF")))
                .andExpect(status().isNotFound());
    }

    private JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    private static Map<Long, JsonNode> byRun(JsonNode decisions) {
        Map<Long, JsonNode> out = new java.util.HashMap<>();
        decisions.forEach(d -> out.put(d.path("runId").asLong(), d));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /**
     * The name as typed on a keyboard without Vietnamese input, written out letter by letter so that
     * the test does not share the search's own folding.
     */
    static String withoutDiacritics(String name) {
        String[][] letters = {{"aàáảãạăằắẳẵặâầấẩẫậ", "a"}, {"eèéẻẽẹêềếểễệ", "e"}, {"iìíỉĩị", "i"},
                {"oòóỏõọôồốổỗộơờớởỡợ", "o"}, {"uùúủũụưừứửữự", "u"}, {"yỳýỷỹỵ", "y"}, {"dđ", "d"}};
        StringBuilder typed = new StringBuilder();
        for (char c : java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFC)
                .toCharArray()) {
            String plain = String.valueOf(c);
            for (String[] letter : letters) {
                if (letter[0].indexOf(c) >= 0) {
                    plain = letter[1];
                }
            }
            typed.append(plain);
        }
        return typed.toString();
    }
}
