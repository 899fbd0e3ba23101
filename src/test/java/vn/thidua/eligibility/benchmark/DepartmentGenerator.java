package vn.thidua.eligibility.benchmark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * A synthetic organisation as a fact bundle: {@code units} units of {@code peoplePerUnit} people,
 * scored items for two years, provincial tasks, {@code dossiersPerUnit} TTHC dossiers per unit,
 * initiatives, some discipline, ratings and earlier awards' proportions as in the demo. Seeded per
 * unit and per section, so the same sizes always give the same bundle; written as a stream, so a
 * province or a nation is generated without holding it in memory.
 */
public final class DepartmentGenerator {
    private static final JsonFactory JSON = new JsonFactory();

    public byte[] bundle(int units, int peoplePerUnit, int itemsPerUnit, int dossiersPerUnit, int year) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, units, peoplePerUnit, itemsPerUnit, dossiersPerUnit, year);
        return out.toByteArray();
    }

    /** Writes the bundle, one section after the other, each unit's records drawn from its own seed. */
    public void write(OutputStream out, int units, int peoplePerUnit, int itemsPerUnit, int dossiersPerUnit, int year)
            throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            section(g, "units", units, (u, r) -> {
                g.writeStartObject();
                g.writeStringField("code", unit(u));
                g.writeStringField("name", "Phòng " + u);
                g.writeEndObject();
            });
            section(g, "people", units, (u, r) -> {
                for (int p = 0; p < peoplePerUnit; p++) {
                    g.writeStartObject();
                    g.writeStringField("code", person(u, p, peoplePerUnit));
                    g.writeStringField("fullName", "Người " + person(u, p, peoplePerUnit));
                    g.writeStringField("unitCode", unit(u));
                    g.writeStringField("category", p % 3 == 0 ? "VIEN_CHUC" : "CONG_CHUC");
                    g.writeStringField("gender", p % 2 == 0 ? "FEMALE" : "MALE");
                    g.writeEndObject();
                }
            });
            section(g, "criteria", units, (u, r) -> {
                for (int i = 0; i < itemsPerUnit; i++) {
                    BigDecimal max = BigDecimal.valueOf(1 + r.nextInt(4));
                    String officer = peoplePerUnit == 0 ? null : person(u, i % peoplePerUnit, peoplePerUnit);
                    for (int y = year - 1; y <= year; y++) {
                        BigDecimal score = r.nextInt(5) == 0 ? max.divide(BigDecimal.valueOf(2)) : max;
                        g.writeStartObject();
                        g.writeNumberField("year", y);
                        g.writeStringField("code", (u + 1) + "." + (i + 1));
                        g.writeStringField("name", "Tiêu chí " + i);
                        g.writeNumberField("maxScore", max);
                        g.writeNumberField("score", score);
                        g.writeStringField("unitCode", unit(u));
                        if (officer != null) {
                            g.writeStringField("officerCode", officer);
                        }
                        g.writeEndObject();
                    }
                }
            });
            section(g, "tasks", units, (u, r) -> {
                for (int t = 0; t < 3; t++) {
                    LocalDate due = LocalDate.of(year, 3 + 3 * t, 28);
                    g.writeStartObject();
                    g.writeStringField("code", "T-" + unit(u) + "-" + t);
                    g.writeStringField("unitCode", unit(u));
                    g.writeStringField("title", "Nhiệm vụ " + t);
                    g.writeStringField("dueDate", due.toString());
                    g.writeStringField("completedDate", due.plusDays(r.nextInt(20) == 0 ? 5 : -3).toString());
                    g.writeEndObject();
                }
            });
            section(g, "dossiers", units, (u, r) -> {
                for (int d = 0; d < dossiersPerUnit; d++) {
                    LocalDate due = LocalDate.of(year, 1, 1).plusDays(r.nextInt(360));
                    g.writeStartObject();
                    g.writeStringField("code", "HS-" + unit(u) + "-" + d);
                    g.writeStringField("unitCode", unit(u));
                    g.writeStringField("dueDate", due.toString());
                    g.writeStringField("completedDate", due.plusDays(r.nextInt(300) == 0 ? 2 : -1).toString());
                    g.writeEndObject();
                }
            });
            section(g, "initiatives", units, (u, r) -> {
                for (int p = 0; p < peoplePerUnit; p++) {
                    if (r.nextInt(8) == 0) {
                        String code = person(u, p, peoplePerUnit);
                        g.writeStartObject();
                        g.writeStringField("code", "SK-" + code);
                        g.writeStringField("personCode", code);
                        g.writeNumberField("year", year);
                        g.writeStringField("title", "Sáng kiến " + code);
                        g.writeStringField("recognizedOn", LocalDate.of(year, 11, 1 + r.nextInt(28)).toString());
                        g.writeEndObject();
                    }
                }
            });
            section(g, "disciplines", units, (u, r) -> {
                for (int p = 0; p < peoplePerUnit; p++) {
                    if (r.nextInt(40) == 0) {
                        g.writeStartObject();
                        g.writeStringField("subjectType", "PERSON");
                        g.writeStringField("subjectCode", person(u, p, peoplePerUnit));
                        g.writeStringField("kind", "SANCTION");
                        g.writeStringField("from", LocalDate.of(year, 6, 1).toString());
                        g.writeStringField("to", LocalDate.of(year + 1, 5, 31).toString());
                        g.writeEndObject();
                    }
                }
            });
            section(g, "ratings", units, (u, r) -> {
                for (int p = 0; p < peoplePerUnit; p++) {
                    for (int y = year - 1; y <= year; y++) {
                        g.writeStartObject();
                        g.writeStringField("personCode", person(u, p, peoplePerUnit));
                        g.writeNumberField("year", y);
                        g.writeStringField("rating", r.nextInt(4) == 0 ? "HTXSNV" : "HTTNV");
                        g.writeEndObject();
                    }
                }
            });
            g.writeEndObject();
        }
    }

    private interface UnitWriter {
        void write(int unit, Random random) throws IOException;
    }

    /** One array of the bundle, unit by unit, each unit drawing from a seed of its own for that section. */
    private static void section(JsonGenerator g, String name, int units, UnitWriter each) throws IOException {
        g.writeArrayFieldStart(name);
        for (int u = 0; u < units; u++) {
            each.write(u, new Random(42L * 1_000_003 + u * 31L + name.hashCode()));
        }
        g.writeEndArray();
    }

    /**
     * The dossiers alone, as the CSV a one-stop system exports them (BOM, semicolons, Vietnamese headers,
     * dates dd/MM/yyyy), their codes given a prefix so that they are new beside the bundle's.
     */
    public void writeDossiersCsv(OutputStream out, int units, int dossiersPerUnit, int year, String prefix) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        csv.write("\uFEFFMã hồ sơ;Mã đơn vị;Hạn xử lý;Ngày hoàn thành\n");
        DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        for (int u = 0; u < units; u++) {
            Random r = new Random(7L * 1_000_003 + u);
            for (int d = 0; d < dossiersPerUnit; d++) {
                LocalDate due = LocalDate.of(year, 1, 1).plusDays(r.nextInt(360));
                csv.write(prefix + unit(u) + "-" + d + ";" + unit(u) + ";" + due.format(dayFirst) + ";"
                        + due.plusDays(r.nextInt(300) == 0 ? 2 : -1).format(dayFirst) + "\n");
            }
        }
        csv.flush();
    }

    private static String unit(int u) {
        return unitCode(u);
    }

    private static String person(int unit, int p, int peoplePerUnit) {
        return personCode(unit * peoplePerUnit + p);
    }

    /** The code of the {@code u}-th unit (from 0). */
    public static String unitCode(int u) {
        return String.format("U%05d", u);
    }

    /** The code of the {@code n}-th person (from 0, unit by unit). */
    public static String personCode(int n) {
        return String.format("P%07d", n);
    }
}
