package vn.thidua.eligibility.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A module's refusal becomes an RFC 9457 problem with the status of its kind, its reason as the
 * detail and every problem in {@code errors}: the web layer alone (a slice), no database.
 */
@WebMvcTest(controllers = RefusalSliceTest.RefusingController.class)
@Import({RefusalSliceTest.RefusingController.class, ApiErrorWriter.class})
@WithMockUser
class RefusalSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void eachKindOfRefusalIsAProblemWithItsStatusItsReasonAndItsErrors() throws Exception {
        expect("INVALID", 400, "Bad Request");
        expect("NOT_FOUND", 404, "Not Found");
        expect("CONFLICT", 409, "Conflict");
        expect("UNPROCESSABLE", 422, "Unprocessable Entity");
    }

    private void expect(String kind, int status, String title) throws Exception {
        mvc.perform(get("/probe/refusals/" + kind).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").value("refused as " + kind))
                .andExpect(jsonPath("$.instance").value("/probe/refusals/" + kind))
                .andExpect(jsonPath("$.errors[0].path").value("items[2].score"))
                .andExpect(jsonPath("$.errors[0].message").value("why"));
    }

    @RestController
    static class RefusingController {
        @GetMapping("/probe/refusals/{kind}")
        String refuse(@PathVariable Refusal.Kind kind) {
            throw new Refusal(kind, "refused as " + kind, List.of(new ApiError.Detail("items[2].score", "why"))) {
            };
        }
    }
}
