package vn.thidua.eligibility.facts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.Map;

/** The units' names by code, for documents that name a person's unit. */
@Service
public class UnitNames {
    private final JdbcTemplate jdbc;

    UnitNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> all() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.query("SELECT code, name FROM units ORDER BY code", rs -> {
            names.put(rs.getString("code"), rs.getString("name"));
        });
        return names;
    }
}
