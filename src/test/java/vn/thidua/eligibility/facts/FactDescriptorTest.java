package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.web.ApiError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.eligibility.facts.FixtureKinds.StaffMember;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.thidua.eligibility.facts.FixtureKinds.STAFF;

/** A field added to a kind's descriptor is seen by the import, the writes, the export and the row mapping. */
class FactDescriptorTest extends DatabaseTest {
    @Autowired
    FactExport export;
    @Autowired
    TransactionTemplate transaction;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aFieldAddedToAFixtureKindIsValidatedStoredExportedAndMappedToTheModel() throws Exception {
        Map<FactKind, List<Map<String, Object>>> valid = validate("""
                {"staff": [{"code": "S1", "fullName": "Nguyễn An", "position": "Trưởng phòng"},
                           {"code": "S2", "fullName": "Lê Bình"}]}""");
        assertThat(valid.get(STAFF)).containsExactly(
                Map.of("code", "S1", "fullName", "Nguyễn An", "position", "Trưởng phòng"),
                Map.of("code", "S2", "fullName", "Lê Bình"));

        RejectedBundleException rejected = catchThrowableOfType(RejectedBundleException.class, () -> validate("""
                {"staff": [{"code": "S1", "fullName": "Nguyễn An", "position": "Trưởng\\u0007phòng"}]}"""));
        assertThat(rejected.errors()).extracting(ApiError.Detail::path).containsExactly("staff[0].position");

        List<Object> models = transaction.execute(status -> {
            status.setRollbackOnly(); // the fixture's table lives only in this transaction's connection
            jdbc.execute("CREATE TEMPORARY TABLE staff (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                    + "code VARCHAR(64) NOT NULL UNIQUE, full_name VARCHAR(500) NOT NULL, position VARCHAR(100) NULL)");
            StagingTables staging = new StagingTables(jdbc);
            try {
                for (int i = 0; i < valid.get(STAFF).size(); i++) {
                    staging.add(STAFF, i, valid.get(STAFF).get(i));
                }
                staging.flush();
                staging.matchStored(STAFF);
                staging.write(STAFF);
                List<Map<String, Object>> exported = export.read(STAFF, "TRUE", new MapSqlParameterSource());
                assertThat(exported).isEqualTo(valid.get(STAFF));
                return exported.stream().map(STAFF::toModel).toList();
            } finally {
                staging.drop();
                jdbc.execute("DROP TEMPORARY TABLE staff");
            }
        });
        assertThat(models).containsExactly(
                new StaffMember("S1", "Nguyễn An", "Trưởng phòng"), new StaffMember("S2", "Lê Bình", null));
    }

    private Map<FactKind, List<Map<String, Object>>> validate(String bundle) throws Exception {
        JsonNode root = json.readTree(bundle);
        return BundleValidator.validate(root, List.of(STAFF), (type, codes) -> Set.of());
    }
}
