package vn.thidua.eligibility.rulesets;

import vn.thidua.eligibility.model.Parameter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organisation's names and awarding authorities by date ({@code organisation.yaml}, dated values
 * like parameters.yaml): the Department, its Director, the People's Committee above it and its
 * Chairman, and the place documents are dated from. Documents and decisions print those in force
 * on their date.
 */
public final class Organisation {
    public static final String FILE = "organisation.yaml";
    /** The names every organisation.yaml must give. */
    static final List<String> NAMES = List.of("department.name", "department.director", "committee.name",
            "committee.chairman", "place");

    private final ParameterTable table;

    private Organisation(ParameterTable table) {
        this.table = table;
    }

    public ParameterTable table() {
        return table;
    }

    /** @throws InvalidParametersException with the file, line and name of each problem */
    static Organisation parse(String yaml) {
        ParameterTable table = ParameterTable.parse(FILE, yaml);
        List<ParameterProblem> problems = new ArrayList<>();
        for (String name : NAMES) {
            if (!table.definitions().containsKey(name)) {
                problems.add(new ParameterProblem(FILE, 0, "the organisation needs a dated " + name));
            }
        }
        table.definitions().values().forEach(d -> d.values().forEach(v -> {
            if (!(v.value() instanceof String)) {
                problems.add(new ParameterProblem(FILE, d.line(), d.name() + ": value " + v.value() + " from " + v.from()
                        + " is not a name (text)"));
            }
        }));
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        return new Organisation(table);
    }

    /**
     * The names in force on a date.
     *
     * @throws NoValueInForceException before the first name's date
     */
    public Names on(LocalDate date) {
        Map<String, String> names = table.resolve(date).stream()
                .collect(Collectors.toMap(Parameter::getName, p -> String.valueOf(p.getValue()), (a, b) -> a));
        Function<String, String> get = names::get;
        return new Names(date, get.apply("department.name"), get.apply("department.director"), get.apply("committee.name"),
                get.apply("committee.chairman"), get.apply("place"));
    }

    /**
     * @param department "Sở Công Thương tỉnh Sóc Trăng"
     * @param director   "Giám đốc Sở Công Thương tỉnh Sóc Trăng", who signs the annual Giấy khen
     * @param committee  "Ủy ban nhân dân tỉnh Sóc Trăng", to whom the yearly report goes
     * @param chairman   "Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng", who signs the phase Bằng khen
     * @param place      "Sóc Trăng", where documents are dated from
     */
    public record Names(LocalDate on, String department, String director, String committee, String chairman,
                        String place) {
    }
}
