package vn.thidua.eligibility.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorsTest {

    private static final String VALID = "{\"year\":2024,\"date\":\"2024-05-01\",\"items\":[{\"score\":1}]}";

    @Autowired
    MockMvc mvc;

    @Test
    void aValidBodyPasses() throws Exception {
        postBody(VALID).andExpect(status().isOk()).andExpect(jsonPath("$.year").value(2024));
    }

    @Test
    void malformedJsonIsA400WithWhereItBroke() throws Exception {
        postBody("{\n  \"year\": 2024,\n  \"items\": [\n    {\"score\": }\n  ]\n}")
                .andExpect(error(400))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].path").value("items[0].score"))
                .andExpect(jsonPath("$.errors[0].message", containsString("malformed JSON")))
                .andExpect(jsonPath("$.errors[0].message", containsString("(line 4, column")))
                .andExpect(noInternals());
        postBody("{\"year\": 2024")
                .andExpect(error(400))
                .andExpect(jsonPath("$.errors[0].path").value("year"))
                .andExpect(jsonPath("$.errors[0].message", containsString("end-of-input")))
                .andExpect(content().string(not(containsString("REDACTED"))));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByItsPath() throws Exception {
        postBody("{\"year\":\"abc\",\"date\":\"2024-05-01\"}")
                .andExpect(error(400))
                .andExpect(jsonPath("$.errors[0].path").value("year"))
                .andExpect(jsonPath("$.errors[0].message", containsString("expected an integer, got \"abc\"")))
                .andExpect(jsonPath("$.errors[0].message", containsString("line 1")))
                .andExpect(noInternals());
        postBody("{\"year\":2024,\"date\":\"2024-05-01\",\"items\":[{\"score\":1},{\"score\":\"x\"}]}")
                .andExpect(error(400))
                .andExpect(jsonPath("$.errors[0].path").value("items[1].score"))
                .andExpect(jsonPath("$.errors[0].message", containsString("expected a number")));
    }

    @Test
    void anImpossibleDateIsRefused() throws Exception {
        postBody("{\"year\":2024,\"date\":\"2024-02-30\"}")
                .andExpect(error(400))
                .andExpect(jsonPath("$.errors[0].path").value("date"))
                .andExpect(jsonPath("$.errors[0].message", containsString("expected a date YYYY-MM-DD, got \"2024-02-30\"")))
                .andExpect(noInternals());
    }

    @Test
    void anUnknownFieldIsRefused() throws Exception {
        postBody("{\"year\":2024,\"date\":\"2024-05-01\",\"bogus\":1}")
                .andExpect(error(400))
                .andExpect(jsonPath("$.errors[0].path").value("bogus"))
                .andExpect(jsonPath("$.errors[0].message", containsString("unknown field; the known ones: date, items, name, year")));
    }

    @Test
    void everyBeanValidationErrorIsListed() throws Exception {
        postBody("{\"items\":[{\"score\":1},{\"score\":-1},{}],\"name\":\"far too long\"}")
                .andExpect(error(400))
                .andExpect(jsonPath("$.errors", hasSize(5)))
                .andExpect(jsonPath("$.errors[*].path").value(org.hamcrest.Matchers.contains(
                        "date", "items[1].score", "items[2].score", "name", "year")));
    }

    @Test
    void anEmptyBodyIsA400() throws Exception {
        postBody("")
                .andExpect(error(400))
                .andExpect(jsonPath("$.errors[0].message", containsString("missing")))
                .andExpect(noInternals());
    }

    @Test
    void badOrMissingRequestParametersArea400() throws Exception {
        mvc.perform(get("/api/probe/errors/params?year=abc").with(as("auditor")))
                .andExpect(error(400))
                .andExpect(jsonPath("$.errors[0].path").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value("expected an integer, got \"abc\""));
        mvc.perform(get("/api/probe/errors/params").with(as("auditor")))
                .andExpect(error(400))
                .andExpect(jsonPath("$.errors[0].path").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
        mvc.perform(get("/api/probe/errors/items/abc").with(as("auditor")))
                .andExpect(error(400))
                .andExpect(jsonPath("$.errors[0].path").value("id"));
    }

    @Test
    void anUnsupportedMediaTypeIsA415() throws Exception {
        mvc.perform(post("/api/probe/errors/body").with(as("admin")).contentType(MediaType.TEXT_PLAIN).content(VALID))
                .andExpect(error(415))
                .andExpect(header().exists("Accept"))
                .andExpect(jsonPath("$.detail", containsString("text/plain")));
    }

    @Test
    void aMethodNotAllowedIsA405() throws Exception {
        mvc.perform(delete("/api/probe/errors/params").with(as("admin")))
                .andExpect(error(405))
                .andExpect(header().string("Allow", containsString("GET")));
    }

    @Test
    void anUnknownPathIsAJson404() throws Exception {
        mvc.perform(get("/api/no-such-thing").with(as("auditor")))
                .andExpect(error(404))
                .andExpect(jsonPath("$.detail").value("Not found: GET /api/no-such-thing"));
    }

    @Test
    void anUnexpectedFailureIsA500WithAnIdAndTheStackTraceOnlyInTheLog(CapturedOutput output) throws Exception {
        String message = mvc.perform(get("/api/probe/errors/failure").with(as("auditor")))
                .andExpect(error(500))
                .andExpect(content().string(not(containsString("secret internal detail"))))
                .andExpect(noInternals())
                .andReturn().getResponse().getContentAsString();

        Matcher id = Pattern.compile("error id ([0-9a-f-]{36})").matcher(message);
        assertThat(id.find()).as("error id in %s", message).isTrue();
        assertThat(output).contains("Error " + id.group(1), "secret internal detail",
                "at vn.thidua.eligibility.web.ErrorProbeController.failure");
    }

    @Test
    void statusesDeclaredByExceptionsAreKept() throws Exception {
        mvc.perform(get("/api/probe/errors/gone").with(as("auditor"))).andExpect(error(410));
    }

    @Test
    void aDenialInsideAControllerIsSpringSecuritysA403() throws Exception {
        mvc.perform(get("/api/probe/errors/denied").with(as("auditor"))).andExpect(error(403));
    }

    @Test
    void aModulesOwnOrderedAdviceWins() throws Exception {
        mvc.perform(get("/api/probe/errors/module").with(as("auditor")))
                .andExpect(error(418))
                .andExpect(jsonPath("$.detail").value("module's own answer"));
    }

    @Test
    void theContainersErrorPageHasTheSameShape() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/x").accept(MediaType.APPLICATION_JSON))
                .andExpect(error(400))
                .andExpect(jsonPath("$.detail").value("Bad Request"))
                .andExpect(jsonPath("$.errors", empty()))
                .andExpect(jsonPath("$.timestamp").doesNotExist());
    }

    private ResultActions postBody(String json) throws Exception {
        return mvc.perform(post("/api/probe/errors/body").with(as("admin")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static ResultMatcher error(int status) {
        return ResultMatcher.matchAll(
                status().is(status),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.status").value(status),
                jsonPath("$.detail").isNotEmpty(),
                jsonPath("$.errors").isArray());
    }

    private static ResultMatcher noInternals() {
        return ResultMatcher.matchAll(
                content().string(not(containsString("Exception"))),
                content().string(not(containsString("java."))),
                content().string(not(containsString("\tat "))));
    }
}
