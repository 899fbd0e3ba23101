package vn.thidua.eligibility.benchmark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic Department as a fact bundle: {@code units} units of {@code peoplePerUnit} people,
 * scored items for two years, provincial tasks, {@code dossiersPerUnit} TTHC dossiers per unit,
 * initiatives, some discipline, ratings and earlier awards. Seeded, so every run is the same.
 * <p>
 * Each kind's array is written as a stream to a file of its own, and the files are joined into the
 * bundle: a province's bundle (a million dossiers, about 110 MB) is never held as a tree.
 */
public final class DepartmentGenerator {
    private static final List<String> KINDS = List.of("units", "people", "criteria", "tasks", "dossiers", "initiatives",
            "disciplines", "ratings");
    private final JsonFactory json = new JsonFactory();
    private final Random random = new Random(42);

    public byte[] bundle(int units, int peoplePerUnit, int itemsPerUnit, int dossiersPerUnit, int year) throws Exception {
        Path file = Files.createTempFile("department", ".json");
        try {
            write(file, units, peoplePerUnit, itemsPerUnit, dossiersPerUnit, year);
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes the bundle to a file, streamed. */
    public void write(Path bundle, int units, int peoplePerUnit, int itemsPerUnit, int dossiersPerUnit, int year)
            throws IOException {
        Map<String, Path> parts = new LinkedHashMap<>();
        Map<String, JsonGenerator> out = new LinkedHashMap<>();
        try {
            for (String kind : KINDS) {
                Path part = Files.createTempFile("department-" + kind, ".json");
                parts.put(kind, part);
                JsonGenerator g = json.createGenerator(part.toFile(), JsonEncoding.UTF8);
                g.writeStartArray();
                out.put(kind, g);
            }
            generate(out, units, peoplePerUnit, itemsPerUnit, dossiersPerUnit, year);
            for (JsonGenerator g : out.values()) {
                g.writeEndArray();
                g.close();
            }
            try (OutputStream file = Files.newOutputStream(bundle)) {
                file.write('{');
                boolean first = true;
                for (String kind : KINDS) {
                    file.write(((first ? "" : ",") + "\"" + kind + "\":").getBytes(StandardCharsets.UTF_8));
                    first = false;
                    try (InputStream in = Files.newInputStream(parts.get(kind))) {
                        in.transferTo(file);
                    }
                }
                file.write('}');
            }
        } finally {
            for (Path part : parts.values()) {
                Files.deleteIfExists(part);
            }
        }
    }

    /** The dossiers alone, as the CSV a one-stop system exports (code prefix so they do not collide with the bundle's). */
    public void writeDossiersCsv(Path csv, int units, int dossiersPerUnit, int year, String prefix) throws IOException {
        Random seeded = new Random(7);
        try (var w = Files.newBufferedWriter(csv)) {
            w.write("\uFEFFMã hồ sơ;Mã đơn vị;Hạn xử lý;Ngày hoàn thành\n");
            for (int u = 0; u < units; u++) {
                String unit = String.format("U%04d", u);
                for (int d = 0; d < dossiersPerUnit; d++) {
                    LocalDate due = LocalDate.of(year, 1, 1).plusDays(seeded.nextInt(360));
                    LocalDate done = due.plusDays(seeded.nextInt(300) == 0 ? 2 : -1);
                    w.write(prefix + unit + "-" + d + ";" + unit + ";" + dmy(due) + ";" + dmy(done) + "\n");
                }
            }
        }
    }

    private static String dmy(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private void generate(Map<String, JsonGenerator> out, int units, int peoplePerUnit, int itemsPerUnit,
                          int dossiersPerUnit, int year) throws IOException {
        int person = 0;
        for (int u = 0; u < units; u++) {
            String unit = String.format("U%04d", u);
            object(out.get("units"), "code", unit, "name", "Phòng " + u);
            for (int p = 0; p < peoplePerUnit; p++) {
                String code = String.format("P%06d", person++);
                object(out.get("people"), "code", code, "fullName", "Người " + code, "unitCode", unit,
                        "category", p % 3 == 0 ? "VIEN_CHUC" : "CONG_CHUC", "gender", p % 2 == 0 ? "FEMALE" : "MALE");
                for (int y = year - 1; y <= year; y++) {
                    object(out.get("ratings"), "personCode", code, "year", y, "rating", random.nextInt(4) == 0 ? "HTXSNV" : "HTTNV");
                }
                if (random.nextInt(8) == 0) {
                    object(out.get("initiatives"), "code", "SK-" + code, "personCode", code, "year", year,
                            "title", "Sáng kiến " + code, "recognizedOn", LocalDate.of(year, 11, 1 + random.nextInt(28)).toString());
                }
                if (random.nextInt(40) == 0) {
                    object(out.get("disciplines"), "subjectType", "PERSON", "subjectCode", code, "kind", "SANCTION",
                            "from", LocalDate.of(year, 6, 1).toString(), "to", LocalDate.of(year + 1, 5, 31).toString());
                }
            }
            for (int i = 0; i < itemsPerUnit; i++) {
                BigDecimal max = BigDecimal.valueOf(1 + random.nextInt(4));
                String officer = String.format("P%06d", person - peoplePerUnit + i % peoplePerUnit);
                for (int y = year - 1; y <= year; y++) {
                    BigDecimal score = random.nextInt(5) == 0 ? max.divide(BigDecimal.valueOf(2)) : max;
                    object(out.get("criteria"), "year", y, "code", (u + 1) + "." + (i + 1), "name", "Tiêu chí " + i,
                            "maxScore", max, "score", score, "unitCode", unit, "officerCode", officer);
                }
            }
            for (int t = 0; t < 3; t++) {
                LocalDate due = LocalDate.of(year, 3 + 3 * t, 28);
                object(out.get("tasks"), "code", "T-" + unit + "-" + t, "unitCode", unit, "title", "Nhiệm vụ " + t,
                        "dueDate", due.toString(), "completedDate", due.plusDays(random.nextInt(20) == 0 ? 5 : -3).toString());
            }
            for (int d = 0; d < dossiersPerUnit; d++) {
                LocalDate due = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
                object(out.get("dossiers"), "code", "HS-" + unit + "-" + d, "unitCode", unit, "dueDate", due.toString(),
                        "completedDate", due.plusDays(random.nextInt(300) == 0 ? 2 : -1).toString());
            }
        }
    }

    /** One record: names and values alternating. */
    private static void object(JsonGenerator g, Object... fields) throws IOException {
        g.writeStartObject();
        for (int i = 0; i < fields.length; i += 2) {
            String name = (String) fields[i];
            Object value = fields[i + 1];
            if (value instanceof Integer n) {
                g.writeNumberField(name, n);
            } else if (value instanceof BigDecimal d) {
                g.writeNumberField(name, d);
            } else {
                g.writeStringField(name, (String) value);
            }
        }
        g.writeEndObject();
    }
}
