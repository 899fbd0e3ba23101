package vn.thidua.eligibility.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class FactValidationApiTest extends DatabaseTest {

    private static final String UNIT = """
            {"code": "VP", "name": "Văn phòng"}""";
    private static final String PERSON = """
            {"code": "NV001", "fullName": "Nguyễn Thị Hoa", "unitCode": "VP", "category": "CONG_CHUC", "gender": "FEMALE"}""";

    /** A bundle with the unit VP, the person NV001 and the given extra arrays. */
    private static String withSubjects(String arrays) {
        return "{\"units\": [" + UNIT + "], \"people\": [" + PERSON + "]" + (arrays.isEmpty() ? "" : ", " + arrays) + "}";
    }

    private static String award(String award, String phase) {
        return withSubjects("\"awards\": [{\"year\": 2025, \"subjectType\": \"PERSON\", \"subjectCode\": \"NV001\", "
                + "\"award\": \"" + award + "\", \"decisionNo\": \"1/QĐ-UBND\", \"decisionDate\": \"2026-01-20\", " + phase + "}]");
    }

    private static String criterion(String fields) {
        return withSubjects("\"criteria\": [{\"year\": 2024, \"code\": \"1.1\", \"name\": \"Kế hoạch\", \"unitCode\": \"VP\", "
                + fields + "}]");
    }

    static Stream<Arguments> badBundles() {
        return Stream.of(
                arguments("wrong type", "{\"units\": [{\"code\": 17, \"name\": \"A\"}]}",
                        "units[0].code", "code must be a string, not the number 17"),
                arguments("number as a string", criterion("\"maxScore\": 10, \"score\": \"8.5\""),
                        "criteria[0].score", "score must be a number, not the string '8.5'"),
                arguments("date as a number", "{\"units\": [{\"code\": \"A\", \"name\": \"A\", \"dissolvedOn\": 20240101}]}",
                        "units[0].dissolvedOn", "dissolvedOn must be an ISO date string YYYY-MM-DD, not the number 20240101"),
                arguments("year with a fraction", criterion("\"maxScore\": 10, \"score\": 5").replace("2024", "2024.5"),
                        "criteria[0].year", "year must be a whole number, not the number 2024.5"),
                arguments("missing required field", "{\"units\": [{\"code\": \"A\"}]}",
                        "units[0].name", "name is required"),
                arguments("null required field", "{\"units\": [{\"code\": \"A\", \"name\": null}]}",
                        "units[0].name", "name is required"),
                arguments("blank code", "{\"units\": [{\"code\": \"  \", \"name\": \"A\"}]}",
                        "units[0].code", "code must not be blank"),
                arguments("code with spaces around it", "{\"units\": [{\"code\": \"VP \", \"name\": \"A\"}]}",
                        "units[0].code", "code 'VP ' has spaces around it"),
                arguments("code too long", "{\"units\": [{\"code\": \"" + "X".repeat(65) + "\", \"name\": \"A\"}]}",
                        "units[0].code", "code has 65 characters; at most 64 fit"),
                arguments("code with a line break", "{\"units\": [{\"code\": \"VP\\r\\nX\", \"name\": \"A\"}]}",
                        "units[0].code", "code has the character U+000D (CARRIAGE RETURN (CR)) at character 3; "
                                + "a code may use only the letters A-Z and a-z, the digits 0-9, '.', '_' and '-'"),
                arguments("code with a NUL", "{\"units\": [" + UNIT + "], \"people\": [" + PERSON.replace("\"unitCode\": \"VP\"", "\"unitCode\": \"V\\u0000P\"") + "]}",
                        "people[0].unitCode", "unitCode has the character U+0000 (NULL) at character 2"),
                arguments("code with a right-to-left override", "{\"units\": [{\"code\": \"VP\u202Efdp.exe\", \"name\": \"A\"}]}",
                        "units[0].code", "code has the character U+202E (RIGHT-TO-LEFT OVERRIDE) at character 3"),
                arguments("code with a Vietnamese letter", "{\"units\": [{\"code\": \"ĐV1\", \"name\": \"A\"}]}",
                        "units[0].code", "code has the character U+0110 (LATIN CAPITAL LETTER D WITH STROKE) at character 1"),
                arguments("code with a space inside", "{\"units\": [{\"code\": \"V P\", \"name\": \"A\"}]}",
                        "units[0].code", "code has the character U+0020 (SPACE) at character 2"),
                arguments("code with a tab after it", "{\"units\": [{\"code\": \"VP\\t\", \"name\": \"A\"}]}",
                        "units[0].code", "code has the character U+0009 (CHARACTER TABULATION) at character 3"),
                arguments("name with a line feed", "{\"units\": [{\"code\": \"VP\", \"name\": \"Văn\\nphòng\"}]}",
                        "units[0].name", "name has the character U+000A (LINE FEED (LF)) at character 4; "
                                + "text must be printable: no control characters, line breaks or bidirectional controls"),
                arguments("name with a NUL", "{\"units\": [" + UNIT + "], \"people\": [" + PERSON.replace("Hoa", "Hoa\\u0000") + "]}",
                        "people[0].fullName", "fullName has the character U+0000 (NULL) at character 15"),
                arguments("title with a right-to-left isolate", withSubjects("\"tasks\": [{\"code\": \"T1\", \"unitCode\": \"VP\", "
                                + "\"title\": \"Báo cáo \u2067quý\", \"dueDate\": \"2024-01-31\"}]"),
                        "tasks[0].title", "title has the character U+2067 (RIGHT-TO-LEFT ISOLATE) at character 9"),
                arguments("decision number with a lone surrogate", withSubjects("\"awards\": [{\"year\": 2024, \"subjectType\": \"UNIT\", "
                                + "\"subjectCode\": \"VP\", \"award\": \"GIAY_KHEN_CCHC\", \"decisionNo\": \"1/QĐ\\ud800\", "
                                + "\"decisionDate\": \"2025-01-10\"}]"),
                        "awards[0].decisionNo", "decisionNo has the character U+D800"),
                arguments("enum echoed without its control characters", withSubjects("\"ratings\": [{\"personCode\": \"NV001\", "
                                + "\"year\": 2024, \"rating\": \"HTNV\\u202E\"}]"),
                        "ratings[0].rating", "rating 'HTNV<U+202E>' is not one of the allowed values"),
                arguments("unknown field", "{\"units\": [{\"code\": \"A\", \"name\": \"A\", \"nam\": \"x\"}]}",
                        "units[0].nam", "Unknown field 'nam'; units have: code, name, dissolvedOn"),
                arguments("unknown enum value", "{\"units\": [" + UNIT + "], \"people\": [" + PERSON.replace("CONG_CHUC", "CIVIL") + "]}",
                        "people[0].category", "category 'CIVIL' is not one of the allowed values: CONG_CHUC, VIEN_CHUC, NGUOI_LAO_DONG"),
                arguments("enum in the wrong case", withSubjects("\"ratings\": [{\"personCode\": \"NV001\", \"year\": 2024, \"rating\": \"htxsnv\"}]"),
                        "ratings[0].rating", "rating 'htxsnv' is not one of the allowed values: HTXSNV, HTTNV, HTNV, KHTNV"),
                arguments("impossible date", "{\"units\": [{\"code\": \"A\", \"name\": \"A\", \"dissolvedOn\": \"2024-02-30\"}]}",
                        "units[0].dissolvedOn", "dissolvedOn 2024-02-30 is not a day of the calendar"),
                arguments("29 February of a common year", "{\"units\": [{\"code\": \"A\", \"name\": \"A\", \"dissolvedOn\": \"2023-02-29\"}]}",
                        "units[0].dissolvedOn", "dissolvedOn 2023-02-29 is not a day of the calendar"),
                arguments("month thirteen", "{\"units\": [{\"code\": \"A\", \"name\": \"A\", \"dissolvedOn\": \"2024-13-01\"}]}",
                        "units[0].dissolvedOn", "dissolvedOn 2024-13-01 is not a day of the calendar"),
                arguments("date in Arabic-Indic digits", "{\"units\": [{\"code\": \"A\", \"name\": \"A\", \"dissolvedOn\": \"\u0662\u0660\u0662\u0664-01-30\"}]}",
                        "units[0].dissolvedOn", "is not an ISO date YYYY-MM-DD"),
                arguments("non-ISO date", "{\"units\": [{\"code\": \"A\", \"name\": \"A\", \"dissolvedOn\": \"30/01/2024\"}]}",
                        "units[0].dissolvedOn", "dissolvedOn '30/01/2024' is not an ISO date YYYY-MM-DD"),
                arguments("date with a time", "{\"units\": [{\"code\": \"A\", \"name\": \"A\", \"dissolvedOn\": \"2024-01-30T00:00\"}]}",
                        "units[0].dissolvedOn", "dissolvedOn '2024-01-30T00:00' is not an ISO date YYYY-MM-DD"),
                arguments("date out of range", "{\"units\": [{\"code\": \"A\", \"name\": \"A\", \"dissolvedOn\": \"0024-01-30\"}]}",
                        "units[0].dissolvedOn", "dissolvedOn 0024-01-30 is outside the years 1990..2100"),
                arguments("score above max", criterion("\"maxScore\": 10, \"score\": 12.5"),
                        "criteria[0].score", "score 12.5 is above maxScore 10"),
                arguments("score above max by a hair", criterion("\"maxScore\": 0.3, \"score\": 0.3001"),
                        "criteria[0].score", "score 0.3001 is above maxScore 0.3"),
                arguments("score below zero", criterion("\"maxScore\": 10, \"score\": -0.5"),
                        "criteria[0].score", "score -0.5 is below zero"),
                arguments("max of zero", criterion("\"maxScore\": 0, \"score\": 0"),
                        "criteria[0].maxScore", "maxScore 0 must be above zero"),
                arguments("negative max", criterion("\"maxScore\": -2, \"score\": 0"),
                        "criteria[0].maxScore", "maxScore -2 must be above zero"),
                arguments("too many decimals", criterion("\"maxScore\": 10, \"score\": 1.23456"),
                        "criteria[0].score", "score 1.23456 has more than 4 decimal places"),
                arguments("score too large", criterion("\"maxScore\": 1e9, \"score\": 1"),
                        "criteria[0].maxScore", "maxScore 1000000000 is above the largest score 999999.9999"),
                arguments("year out of range", criterion("\"maxScore\": 10, \"score\": 5").replace("2024", "1850"),
                        "criteria[0].year", "year 1850 is outside 1990..2100"),
                arguments("to before from", withSubjects("\"disciplines\": [{\"subjectType\": \"PERSON\", \"subjectCode\": \"NV001\", "
                                + "\"kind\": \"REVIEW\", \"from\": \"2024-03-01\", \"to\": \"2024-02-29\"}]"),
                        "disciplines[0].to", "to 2024-02-29 is before from 2024-03-01"),
                arguments("phase without its last year", award("BANG_KHEN_CCHC", "\"phaseFrom\": 2021"),
                        "awards[0].phaseTo", "phaseTo is required with phaseFrom: a phase has both its first and its last year, or neither"),
                arguments("phase without its first year", award("BANG_KHEN_CCHC", "\"phaseTo\": 2025"),
                        "awards[0].phaseFrom", "phaseFrom is required with phaseTo: a phase has both its first and its last year, or neither"),
                arguments("phase ending before it starts", award("BANG_KHEN_CCHC", "\"phaseFrom\": 2025, \"phaseTo\": 2021"),
                        "awards[0].phaseTo", "phaseTo 2021 is before phaseFrom 2025"),
                arguments("phase on an annual award", award("GIAY_KHEN_CCHC", "\"phaseFrom\": 2021, \"phaseTo\": 2025"),
                        "awards[0].phaseFrom", "phaseFrom and phaseTo are only for BANG_KHEN_CCHC, not GIAY_KHEN_CCHC"),
                arguments("person's unit unknown", "{\"people\": [" + PERSON + "]}",
                        "people[0].unitCode", "unitCode 'VP' names no unit in this file or in the database"),
                arguments("criterion's unit unknown", criterion("\"maxScore\": 10, \"score\": 5").replace("\"unitCode\": \"VP\", \"max", "\"unitCode\": \"XX\", \"max"),
                        "criteria[0].unitCode", "unitCode 'XX' names no unit in this file or in the database"),
                arguments("officer unknown", criterion("\"maxScore\": 10, \"score\": 5, \"officerCode\": \"NV999\""),
                        "criteria[0].officerCode", "officerCode 'NV999' names no person in this file or in the database"),
                arguments("task's unit unknown", withSubjects("\"tasks\": [{\"code\": \"T1\", \"unitCode\": \"XX\", \"title\": \"t\", \"dueDate\": \"2024-01-31\"}]"),
                        "tasks[0].unitCode", "unitCode 'XX' names no unit in this file or in the database"),
                arguments("dossier's unit unknown", withSubjects("\"dossiers\": [{\"code\": \"D1\", \"unitCode\": \"XX\", \"dueDate\": \"2024-01-31\"}]"),
                        "dossiers[0].unitCode", "unitCode 'XX' names no unit in this file or in the database"),
                arguments("initiative's person unknown", withSubjects("\"initiatives\": [{\"code\": \"S1\", \"personCode\": \"NV9\", \"year\": 2024, \"title\": \"t\"}]"),
                        "initiatives[0].personCode", "personCode 'NV9' names no person in this file or in the database"),
                arguments("rating's person unknown", withSubjects("\"ratings\": [{\"personCode\": \"NV9\", \"year\": 2024, \"rating\": \"HTNV\"}]"),
                        "ratings[0].personCode", "personCode 'NV9' names no person in this file or in the database"),
                arguments("discipline's person unknown (a unit of that code exists)", withSubjects("\"disciplines\": [{\"subjectType\": \"PERSON\", "
                                + "\"subjectCode\": \"VP\", \"kind\": \"SANCTION\", \"from\": \"2024-03-01\"}]"),
                        "disciplines[0].subjectCode", "subjectCode 'VP' names no person in this file or in the database"),
                arguments("award's unit unknown", withSubjects("\"awards\": [{\"year\": 2024, \"subjectType\": \"UNIT\", \"subjectCode\": \"NV001\", "
                                + "\"award\": \"GIAY_KHEN_CCHC\", \"decisionNo\": \"1/QĐ\", \"decisionDate\": \"2025-01-10\"}]"),
                        "awards[0].subjectCode", "subjectCode 'NV001' names no unit in this file or in the database"),
                arguments("key twice", "{\"units\": [" + UNIT + ", {\"code\": \"B\", \"name\": \"B\"}, " + UNIT + "]}",
                        "units[2]", "Duplicate key (code VP): already given at units[0]"),
                arguments("composite key twice", withSubjects("\"disciplines\": ["
                                + "{\"subjectType\": \"UNIT\", \"subjectCode\": \"VP\", \"kind\": \"REVIEW\", \"from\": \"2024-03-01\"},"
                                + "{\"subjectType\": \"UNIT\", \"subjectCode\": \"VP\", \"kind\": \"REVIEW\", \"from\": \"2024-03-01\", \"to\": \"2024-04-01\"}]"),
                        "disciplines[1]", "Duplicate key (subjectType UNIT, subjectCode VP, kind REVIEW, from 2024-03-01): already given at disciplines[0]"),
                arguments("unknown kind", "{\"employees\": []}",
                        "employees", "Unknown fact kind 'employees'; known: units, people, memberships, criteria, tasks, dossiers, "
                                + "initiatives, disciplines, ratings, awards"),
                arguments("kind not an array", "{\"units\": {\"code\": \"A\"}}",
                        "units", "units must be an array, not an object"),
                arguments("entry not an object", "{\"units\": [\"A\"]}",
                        "units[0]", "Each entry of units must be an object, not the string 'A'"),
                arguments("bundle not an object", "[]",
                        "$", "The fact bundle must be a JSON object with arrays of facts (units, people, memberships, criteria, tasks, "
                                + "dossiers, initiatives, disciplines, ratings, awards), not an array"),
                arguments("not JSON", "{\"units\": [",
                        "$", "The body is not valid JSON at line 1, column 12: Unexpected end-of-input: expected close marker for Array"),
                arguments("not JSON at all", "units,people",
                        "$", "The body is not valid JSON at line 1, column 7: Unrecognized token 'units'"),
                arguments("a field twice in one object", "{\"units\": [{\"code\": \"A\", \"code\": \"B\", \"name\": \"A\"}]}",
                        "$", "Duplicate field 'code'"),
                arguments("something after the document", "{} {}",
                        "$", "The body is not valid JSON"),
                arguments("empty body", "",
                        "$", "The body is empty; expected a JSON object with arrays of facts"),
                arguments("blank body", " \n ",
                        "$", "The body is empty; expected a JSON object with arrays of facts"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBundles")
    void rejectsBadInputWithItsPathAndAClearMessage(String what, String bundle, String path, String message)
            throws Exception {
        postBundle(bundle).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("The fact bundle was rejected: 1 error"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].path").value(path))
                .andExpect(jsonPath("$.errors[0].message", containsString(message)))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("[Source"))));
        assertThat(rowCounts().values()).containsOnly(0);
    }

    @Test
    void listsEveryErrorOfTheBundleAtOnce() throws Exception {
        postBundle("""
                {"units": [{"code": "VP", "name": "Văn phòng", "dissolvedOn": "2024-02-30"}],
                 "people": [{"code": "NV001", "fullName": "Hoa", "unitCode": "VP", "category": "CONG_CHUC", "gender": "F"}],
                 "criteria": [
                   {"year": 2024, "code": "1.1", "name": "A", "maxScore": 10, "score": 12.5, "unitCode": "VP"},
                   {"year": 2024, "code": "1.2", "name": "B", "maxScore": 10, "score": 5, "unitCode": "XX", "officerCode": "NV001"},
                   {"year": 2024, "code": "1.1", "name": "C", "maxScore": 10, "score": 5, "unitCode": "VP", "extra": 1}
                 ]}
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The fact bundle was rejected: 6 errors"))
                .andExpect(jsonPath("$.errors[*].path", contains("units[0].dissolvedOn", "people[0].gender",
                        "criteria[0].score", "criteria[1].unitCode", "criteria[2].extra", "criteria[2]")))
                .andExpect(jsonPath("$.errors[1].message").value("gender 'F' is not one of the allowed values: FEMALE, MALE"))
                .andExpect(jsonPath("$.errors[5].message").value(
                        "Duplicate key (year 2024, code 1.1): already given at criteria[0]"));
    }

    @Test
    void listsEveryErrorOfOneRecord() throws Exception {
        postBundle("""
                {"units": [{"code": 7, "nme": "A", "dissolvedOn": "tomorrow", "extra": true}]}
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The fact bundle was rejected: 5 errors"))
                .andExpect(jsonPath("$.errors[*].path", contains("units[0].nme", "units[0].extra", "units[0].code",
                        "units[0].name", "units[0].dissolvedOn")));
    }

    @Test
    void aRejectedBundleChangesNothingEvenWhenOnlyItsLastRecordIsBad() throws Exception {
        postBundle(TestBundles.VALID).andExpect(status().isOk());
        Map<String, Integer> before = rowCounts();

        StringBuilder criteria = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            criteria.append("{\"year\": 2025, \"code\": \"9.").append(i)
                    .append("\", \"name\": \"Mục\", \"maxScore\": 1, \"score\": 1, \"unitCode\": \"U-NEW\"},");
        }
        criteria.append("{\"year\": 2025, \"code\": \"9.last\", \"name\": \"Mục\", \"maxScore\": 1, \"score\": 2, \"unitCode\": \"U-NEW\"}");
        postBundle("""
                {"units": [{"code": "VP", "name": "Renamed"}, {"code": "U-NEW", "name": "Mới"}],
                 "people": [{"code": "NV001", "fullName": "Renamed", "unitCode": "U-NEW", "category": "VIEN_CHUC", "gender": "FEMALE"}],
                 "criteria": [%s]}
                """.formatted(criteria)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path", contains("criteria[1200].score")));

        assertThat(rowCounts()).isEqualTo(before);
        getFacts("units").andExpect(jsonPath("$.items[1].name").value("Văn phòng Sở"));
        getFacts("people").andExpect(jsonPath("$.items[0].unitCode").value("VP"));
    }

    @Test
    void codesAreCaseSensitiveInTheDatabaseToo() throws Exception {
        postBundle(TestBundles.VALID).andExpect(status().isOk());

        postBundle("{\"ratings\": [{\"personCode\": \"nv001\", \"year\": 2022, \"rating\": \"HTNV\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "personCode 'nv001' names no person in this file or in the database"));
    }

    @Test
    void refusesABodyOverTheSizeLimit() throws Exception {
        byte[] body = new byte[50 * 1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        mvc.perform(post("/api/facts").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$"))
                .andExpect(jsonPath("$.errors[0].message").value("The body is larger than the limit of 52428800 bytes "
                        + "(eligibility.facts.max-bundle-bytes); split the facts into several bundles"));
    }
}
