package vn.thidua.eligibility.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

/**
 * A synthetic Department as a fact bundle: {@code units} units of {@code peoplePerUnit} people,
 * scored items for two years, provincial tasks, {@code dossiersPerUnit} TTHC dossiers per unit,
 * initiatives, some discipline, ratings and earlier awards. Seeded, so every run is the same.
 */
public final class DepartmentGenerator {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Random random = new Random(42);

    public byte[] bundle(int units, int peoplePerUnit, int itemsPerUnit, int dossiersPerUnit, int year) throws Exception {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode unitArr = root.putArray("units");
        ArrayNode people = root.putArray("people");
        ArrayNode criteria = root.putArray("criteria");
        ArrayNode tasks = root.putArray("tasks");
        ArrayNode dossiers = root.putArray("dossiers");
        ArrayNode initiatives = root.putArray("initiatives");
        ArrayNode disciplines = root.putArray("disciplines");
        ArrayNode ratings = root.putArray("ratings");
        int person = 0;
        for (int u = 0; u < units; u++) {
            String unit = String.format("U%04d", u);
            unitArr.addObject().put("code", unit).put("name", "Phòng " + u);
            String firstPerson = null;
            for (int p = 0; p < peoplePerUnit; p++) {
                String code = String.format("P%06d", person++);
                firstPerson = firstPerson == null ? code : firstPerson;
                people.addObject().put("code", code).put("fullName", "Người " + code).put("unitCode", unit)
                        .put("category", p % 3 == 0 ? "VIEN_CHUC" : "CONG_CHUC").put("gender", p % 2 == 0 ? "FEMALE" : "MALE");
                for (int y = year - 1; y <= year; y++) {
                    ratings.addObject().put("personCode", code).put("year", y).put("rating", random.nextInt(4) == 0 ? "HTXSNV" : "HTTNV");
                }
                if (random.nextInt(8) == 0) {
                    initiatives.addObject().put("code", "SK-" + code).put("personCode", code).put("year", year)
                            .put("title", "Sáng kiến " + code).put("recognizedOn", LocalDate.of(year, 11, 1 + random.nextInt(28)).toString());
                }
                if (random.nextInt(40) == 0) {
                    disciplines.addObject().put("subjectType", "PERSON").put("subjectCode", code).put("kind", "SANCTION")
                            .put("from", LocalDate.of(year, 6, 1).toString()).put("to", LocalDate.of(year + 1, 5, 31).toString());
                }
            }
            for (int i = 0; i < itemsPerUnit; i++) {
                BigDecimal max = BigDecimal.valueOf(1 + random.nextInt(4));
                String officer = String.format("P%06d", person - peoplePerUnit + i % peoplePerUnit);
                for (int y = year - 1; y <= year; y++) {
                    BigDecimal score = random.nextInt(5) == 0 ? max.divide(BigDecimal.valueOf(2)) : max;
                    criteria.addObject().put("year", y).put("code", (u + 1) + "." + (i + 1)).put("name", "Tiêu chí " + i)
                            .put("maxScore", max).put("score", score).put("unitCode", unit).put("officerCode", officer);
                }
            }
            for (int t = 0; t < 3; t++) {
                LocalDate due = LocalDate.of(year, 3 + 3 * t, 28);
                tasks.addObject().put("code", "T-" + unit + "-" + t).put("unitCode", unit).put("title", "Nhiệm vụ " + t)
                        .put("dueDate", due.toString()).put("completedDate", due.plusDays(random.nextInt(20) == 0 ? 5 : -3).toString());
            }
            for (int d = 0; d < dossiersPerUnit; d++) {
                LocalDate due = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
                dossiers.addObject().put("code", "HS-" + unit + "-" + d).put("unitCode", unit).put("dueDate", due.toString())
                        .put("completedDate", due.plusDays(random.nextInt(300) == 0 ? 2 : -1).toString());
            }
        }
        return mapper.writeValueAsBytes(root);
    }
}
