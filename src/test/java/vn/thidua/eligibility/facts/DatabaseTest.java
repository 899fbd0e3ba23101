package vn.thidua.eligibility.facts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The fact tests' shared setup: one Spring context on the embedded database, empty fact tables
 * before each test (the database outlives the run).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
@WithMockUser(username = "staff", roles = "STAFF")
abstract class DatabaseTest {
    /** Children before parents, for the foreign keys. */
    static final List<String> TABLES = List.of("awards", "ratings", "disciplines", "initiatives", "dossiers",
            "tasks", "criteria", "memberships", "people", "units");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyFactTables() {
        TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
    }

    ResultActions postBundle(String json) throws Exception {
        return mvc.perform(post("/api/facts").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions getFacts(String kind) throws Exception {
        return mvc.perform(get("/api/facts/" + kind));
    }

    /** Row count of every fact table. */
    Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class)));
        return counts;
    }
}
