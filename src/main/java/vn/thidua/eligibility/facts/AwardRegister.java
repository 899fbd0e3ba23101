package vn.thidua.eligibility.facts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.SubjectType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the awards register, and takes a revoked award out of it. Awards are written only by the
 * fact import ({@link FactImport}), so that a granted award is stored as any imported one is.
 */
@Service
public class AwardRegister {
    private static final String COLUMNS = "SELECT year, subject_type, subject_code, award, decision_no, decision_date, phase_from, phase_to FROM awards";

    private final JdbcTemplate jdbc;

    AwardRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RegisteredAward> find(int year, SubjectType type, String code, AwardType award) {
        return jdbc.query(COLUMNS + " WHERE year = ? AND subject_type = ? AND subject_code = ? AND award = ?",
                AwardRegister::award, year, type.name(), code, award.name()).stream().findFirst();
    }

    public List<RegisteredAward> ofYear(int year) {
        return jdbc.query(COLUMNS + " WHERE year = ? ORDER BY award, subject_type DESC, subject_code", AwardRegister::award, year);
    }

    /**
     * Deletes the award if the register still holds it under the same decision, so that later runs
     * no longer see it; runs made before keep it in their snapshots.
     *
     * @return false when the register does not hold that award under that decision
     */
    public boolean withdraw(RegisteredAward award) {
        return jdbc.update("DELETE FROM awards WHERE year = ? AND subject_type = ? AND subject_code = ? AND award = ?"
                        + " AND decision_no = ?", award.year(), award.subjectType().name(), award.subjectCode(),
                award.award().name(), award.decisionNo()) == 1;
    }

    private static RegisteredAward award(ResultSet rs, int row) throws SQLException {
        return new RegisteredAward(rs.getInt("year"), SubjectType.valueOf(rs.getString("subject_type")),
                rs.getString("subject_code"), AwardType.valueOf(rs.getString("award")), rs.getString("decision_no"),
                rs.getObject("decision_date", LocalDate.class), rs.getObject("phase_from", Integer.class),
                rs.getObject("phase_to", Integer.class));
    }
}
