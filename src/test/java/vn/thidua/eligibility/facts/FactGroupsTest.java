package vn.thidua.eligibility.facts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.eligibility.engine.FactGroup;
import vn.thidua.eligibility.model.Award;
import vn.thidua.eligibility.model.Criterion;
import vn.thidua.eligibility.model.Discipline;
import vn.thidua.eligibility.model.Dossier;
import vn.thidua.eligibility.model.Initiative;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.ProvincialTask;
import vn.thidua.eligibility.model.Rating;
import vn.thidua.eligibility.model.Subject;
import vn.thidua.eligibility.model.SubjectRef;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.model.Unit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactGroupsTest extends DatabaseTest {
    @Autowired
    FactImport factImport;
    @Autowired
    FactGroups factGroups;

    /**
     * Three units; A's person PA2 officers item 2.1 of unit C, whose 2023 item is C's and PC1's.
     * Facts outside 2023–2024 (or 2024 alone for year-bound kinds) test the year windows.
     */
    @BeforeEach
    void storeFacts() {
        factImport.importBundle(new ByteArrayInputStream("""
                {"units": [{"code": "U-C", "name": "C"}, {"code": "U-A", "name": "A", "dissolvedOn": "2025-07-31"},
                           {"code": "U-B", "name": "B"}],
                 "people": [
                   {"code": "PA2", "fullName": "A2", "unitCode": "U-A", "category": "VIEN_CHUC", "gender": "MALE"},
                   {"code": "PA1", "fullName": "A1", "unitCode": "U-A", "category": "CONG_CHUC", "gender": "FEMALE"},
                   {"code": "PB1", "fullName": "B1", "unitCode": "U-B", "category": "CONG_CHUC", "gender": "MALE"},
                   {"code": "PC1", "fullName": "C1", "unitCode": "U-C", "category": "NGUOI_LAO_DONG", "gender": "FEMALE"}],
                 "criteria": [
                   {"year": 2024, "code": "1.1", "name": "x", "maxScore": 2, "score": 2, "unitCode": "U-A", "officerCode": "PA1"},
                   {"year": 2023, "code": "1.1", "name": "x", "maxScore": 2, "score": 1.5, "unitCode": "U-A", "officerCode": "PA1"},
                   {"year": 2022, "code": "1.1", "name": "x", "maxScore": 2, "score": 1, "unitCode": "U-A"},
                   {"year": 2025, "code": "1.1", "name": "x", "maxScore": 2, "score": 1, "unitCode": "U-A"},
                   {"year": 2024, "code": "2.1", "name": "y", "maxScore": 10, "score": 9.5, "unitCode": "U-C", "officerCode": "PA2"},
                   {"year": 2023, "code": "2.1", "name": "y", "maxScore": 10, "score": 9, "unitCode": "U-C", "officerCode": "PC1"},
                   {"year": 2024, "code": "3.1", "name": "z", "maxScore": 1, "score": 1, "unitCode": "U-B"},
                   {"year": 2023, "code": "3.1", "name": "z", "maxScore": 1, "score": 0.5, "unitCode": "U-B"}],
                 "tasks": [
                   {"code": "T-A-2024", "unitCode": "U-A", "title": "t", "dueDate": "2024-05-01", "completedDate": "2024-05-02"},
                   {"code": "T-A-2023", "unitCode": "U-A", "title": "t", "dueDate": "2023-12-31"},
                   {"code": "T-A-2025", "unitCode": "U-A", "title": "t", "dueDate": "2025-01-01"}],
                 "dossiers": [
                   {"code": "D-A", "unitCode": "U-A", "dueDate": "2024-12-31"},
                   {"code": "D-B", "unitCode": "U-B", "dueDate": "2024-01-01", "completedDate": "2023-12-30"}],
                 "initiatives": [
                   {"code": "I-A1-2024", "personCode": "PA1", "year": 2024, "title": "i", "recognizedOn": "2024-10-01"},
                   {"code": "I-A1-2023", "personCode": "PA1", "year": 2023, "title": "i"},
                   {"code": "I-B1-2024", "personCode": "PB1", "year": 2024, "title": "i"}],
                 "disciplines": [
                   {"subjectType": "PERSON", "subjectCode": "PA2", "kind": "SANCTION", "from": "2019-01-01", "to": "2019-12-31"},
                   {"subjectType": "UNIT", "subjectCode": "U-A", "kind": "REVIEW", "from": "2024-05-01"},
                   {"subjectType": "UNIT", "subjectCode": "U-C", "kind": "INVESTIGATION", "from": "2024-02-01"},
                   {"subjectType": "PERSON", "subjectCode": "PC1", "kind": "REVIEW", "from": "2024-01-01"}],
                 "ratings": [
                   {"personCode": "PA1", "year": 2024, "rating": "HTXSNV"},
                   {"personCode": "PA1", "year": 2023, "rating": "HTTNV"}],
                 "awards": [
                   {"year": 2024, "subjectType": "PERSON", "subjectCode": "PA1", "award": "GIAY_KHEN_CCHC", "decisionNo": "1", "decisionDate": "2025-01-10"},
                   {"year": 2024, "subjectType": "UNIT", "subjectCode": "U-B", "award": "GIAY_KHEN_CCHC", "decisionNo": "1", "decisionDate": "2025-01-10"},
                   {"year": 2023, "subjectType": "UNIT", "subjectCode": "U-A", "award": "GIAY_KHEN_CCHC", "decisionNo": "2", "decisionDate": "2024-01-10"}]}
                """.getBytes(StandardCharsets.UTF_8)), "test");
    }

    private List<FactGroup> groups(int fromYear, int toYear, int unitsPerGroup) {
        return groups(fromYear, toYear, LocalDate.of(toYear + 1, 1, 15), unitsPerGroup);
    }

    private List<FactGroup> groups(int fromYear, int toYear, LocalDate referenceDate, int unitsPerGroup) {
        List<FactGroup> groups = new ArrayList<>();
        factGroups.forEachGroup(fromYear, toYear, referenceDate, unitsPerGroup, groups::add);
        return groups;
    }

    /** PA2 moved from U-A to U-B on 2024-07-01. */
    private void movePa2ToUnitB() {
        factImport.importBundle(new ByteArrayInputStream("""
                {"memberships": [{"personCode": "PA2", "unitCode": "U-A", "from": "2020-01-01", "to": "2024-06-30"},
                                 {"personCode": "PA2", "unitCode": "U-B", "from": "2024-07-01"}]}
                """.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void aPersonWhoMovedIsGroupedWithTheUnitOnTheReferenceDateAndBringsTheirFacts() {
        movePa2ToUnitB();

        List<FactGroup> before = groups(2024, 2024, LocalDate.of(2024, 6, 30), 1);
        assertThat(subjects(before.get(0))).containsExactly("UNIT:U-A", "PERSON:PA1", "PERSON:PA2");
        assertThat(subjects(before.get(1))).containsExactly("UNIT:U-B", "PERSON:PB1");

        List<FactGroup> after = groups(2024, 2024, LocalDate.of(2025, 1, 15), 1);
        assertThat(subjects(after.get(0))).containsExactly("UNIT:U-A", "PERSON:PA1");
        assertThat(subjects(after.get(1))).containsExactly("UNIT:U-B", "PERSON:PA2", "PERSON:PB1");
        Person moved = (Person) after.get(1).subjects().get(1);
        assertThat(moved.getUnitCode()).isEqualTo("U-B");
        // the item PA2 officers, the one of the year before to compare it with, and PA2's sanction follow PA2
        assertThat(facts(after.get(1))).contains("criterion 2023 2.1", "criterion 2024 2.1",
                "discipline PERSON:PA2 SANCTION 2019-01-01");
        assertThat(facts(after.get(0))).doesNotContain("criterion 2024 2.1", "discipline PERSON:PA2 SANCTION 2019-01-01");
    }

    @Test
    void withNoMembershipCoveringTheReferenceDateThePersonKeepsTheLatestThatStartedBeforeIt() {
        // PB1 was in U-C until the end of 2023, and nothing is recorded since; PC1's history starts after R
        factImport.importBundle(new ByteArrayInputStream("""
                {"memberships": [{"personCode": "PB1", "unitCode": "U-A", "from": "2019-01-01", "to": "2020-12-31"},
                                 {"personCode": "PB1", "unitCode": "U-C", "from": "2021-01-01", "to": "2023-12-31"},
                                 {"personCode": "PC1", "unitCode": "U-A", "from": "2026-01-01"}]}
                """.getBytes(StandardCharsets.UTF_8)), "test");

        List<FactGroup> groups = groups(2024, 2024, LocalDate.of(2025, 1, 15), 1);

        assertThat(subjects(groups.get(1))).containsExactly("UNIT:U-B");
        // PB1 by its last membership before R (U-C); PC1 by people.unitCode (U-C), its only membership starting after R
        assertThat(subjects(groups.get(2))).containsExactly("UNIT:U-C", "PERSON:PB1", "PERSON:PC1");
        assertThat(groups.get(2).subjects().subList(1, 3)).extracting(s -> ((Person) s).getUnitCode())
                .containsExactly("U-C", "U-C");
    }

    @Test
    void aPersonsPositionReachesTheModel() {
        factImport.importBundle(new ByteArrayInputStream("""
                {"people": [{"code": "PA1", "fullName": "A1", "unitCode": "U-A", "category": "CONG_CHUC",
                             "gender": "FEMALE", "position": "Trưởng phòng"}]}
                """.getBytes(StandardCharsets.UTF_8)), "test");

        Person person = (Person) groups(2024, 2024, 1).get(0).subjects().get(1);

        assertThat(person.getCode()).isEqualTo("PA1");
        assertThat(person.getPosition()).isEqualTo("Trưởng phòng");
        assertThat(((Person) groups(2024, 2024, 1).get(0).subjects().get(2)).getPosition()).isNull();
    }

    @Test
    void anAnnualGroupHoldsItsUnitsThenTheirPeopleAndEveryFactTheirRulesNeed() {
        List<FactGroup> groups = groups(2024, 2024, 1);

        assertThat(groups).extracting(g -> subjects(g)).containsExactly(
                List.of("UNIT:U-A", "PERSON:PA1", "PERSON:PA2"),
                List.of("UNIT:U-B", "PERSON:PB1"),
                List.of("UNIT:U-C", "PERSON:PC1"));
        // PA2 officers C's item 2.1 in 2024, so A's group gets it and C's 2.1 of 2023 to compare with
        assertThat(facts(groups.get(0))).containsExactly(
                "criterion 2023 1.1", "criterion 2023 2.1", "criterion 2024 1.1", "criterion 2024 2.1",
                "task T-A-2024",
                "dossier D-A",
                "initiative I-A1-2024",
                "discipline PERSON:PA2 SANCTION 2019-01-01", "discipline UNIT:U-A REVIEW 2024-05-01",
                "rating PA1 2024",
                "award 2024 PERSON:PA1 GIAY_KHEN_CCHC");
        assertThat(facts(groups.get(1))).containsExactly(
                "criterion 2023 3.1", "criterion 2024 3.1",
                "dossier D-B",
                "initiative I-B1-2024",
                "award 2024 UNIT:U-B GIAY_KHEN_CCHC");
        // 2023 2.1 is both C's and PC1's, and still comes once
        assertThat(facts(groups.get(2))).containsExactly(
                "criterion 2023 2.1", "criterion 2024 2.1",
                "discipline PERSON:PC1 REVIEW 2024-01-01", "discipline UNIT:U-C INVESTIGATION 2024-02-01");
    }

    @Test
    void rowsBecomeTheModelsObjects() {
        FactGroup group = groups(2024, 2024, 1).get(0);

        Unit unit = (Unit) group.subjects().get(0);
        assertThat(unit.getName()).isEqualTo("A");
        assertThat(unit.getDissolvedOn()).isEqualTo(LocalDate.of(2025, 7, 31));
        Person person = (Person) group.subjects().get(1);
        assertThat(person.getFullName()).isEqualTo("A1");
        assertThat(person.getUnitCode()).isEqualTo("U-A");
        assertThat(person.getCategory().name()).isEqualTo("CONG_CHUC");
        assertThat(person.getGender().name()).isEqualTo("FEMALE");
        Criterion earlier = (Criterion) group.facts().get(0);
        Criterion later = (Criterion) group.facts().get(2);
        assertThat(earlier.getScore()).isEqualByComparingTo("1.5");
        assertThat(earlier.getOfficerCode()).isEqualTo("PA1");
        assertThat(later.isFullScore()).isTrue();
        assertThat(later.scoresHigherThan(earlier)).isTrue();
        ProvincialTask task = (ProvincialTask) group.facts().get(4);
        assertThat(task.getCompletedDate()).isEqualTo(LocalDate.of(2024, 5, 2));
        Dossier dossier = (Dossier) group.facts().get(5);
        assertThat(dossier.getCompletedDate()).isNull();
        Initiative initiative = (Initiative) group.facts().get(6);
        assertThat(initiative.getRecognizedOn()).isEqualTo(LocalDate.of(2024, 10, 1));
        Discipline open = (Discipline) group.facts().get(8);
        assertThat(open.getTo()).isNull();
        Award award = (Award) group.facts().get(10);
        assertThat(award.getDecisionDate()).isEqualTo(LocalDate.of(2025, 1, 10));
    }

    @Test
    void aPhaseGroupCoversItsYearsAndTheYearBefore() {
        List<FactGroup> groups = groups(2023, 2024, 10);

        assertThat(groups).hasSize(1);
        assertThat(subjects(groups.get(0))).containsExactly("UNIT:U-A", "UNIT:U-B", "UNIT:U-C",
                "PERSON:PA1", "PERSON:PA2", "PERSON:PB1", "PERSON:PC1");
        assertThat(facts(groups.get(0))).filteredOn(f -> !f.startsWith("discipline")).containsExactly(
                "criterion 2022 1.1", "criterion 2023 1.1", "criterion 2023 2.1", "criterion 2023 3.1",
                "criterion 2024 1.1", "criterion 2024 2.1", "criterion 2024 3.1",
                "task T-A-2023", "task T-A-2024",
                "dossier D-A", "dossier D-B",
                "initiative I-A1-2023", "initiative I-A1-2024", "initiative I-B1-2024",
                "rating PA1 2023", "rating PA1 2024",
                "award 2023 UNIT:U-A GIAY_KHEN_CCHC", "award 2024 PERSON:PA1 GIAY_KHEN_CCHC",
                "award 2024 UNIT:U-B GIAY_KHEN_CCHC");
    }

    @Test
    void aUnitReadAloneIsTheGroupTheWholeReadGivesIt() {
        movePa2ToUnitB();
        LocalDate on = LocalDate.of(2025, 1, 15);
        List<FactGroup> whole = groups(2024, 2024, on, 1);

        for (FactGroup group : whole) {
            SubjectRef unit = group.subjects().get(0).ref();
            FactGroup alone = factGroups.groupOf(unit, 2024, 2024, on).orElseThrow();
            assertThat(subjects(alone)).as(unit.toString()).isEqualTo(subjects(group));
            assertThat(facts(alone)).as(unit.toString()).isEqualTo(facts(group));
        }
    }

    @Test
    void aPersonReadAloneHasTheirUnitOnTheReferenceDateAndTheirOwnFactsOnly() {
        movePa2ToUnitB();

        FactGroup moved = factGroups.groupOf(new SubjectRef(SubjectType.PERSON, "PA2"), 2024, 2024,
                LocalDate.of(2025, 1, 15)).orElseThrow();
        assertThat(subjects(moved)).containsExactly("PERSON:PA2");
        assertThat(((Person) moved.subjects().get(0)).getUnitCode()).isEqualTo("U-B");
        assertThat(facts(moved)).containsExactly("criterion 2023 2.1", "criterion 2024 2.1",
                "discipline PERSON:PA2 SANCTION 2019-01-01");
        FactGroup beforeTheMove = factGroups.groupOf(new SubjectRef(SubjectType.PERSON, "PA2"), 2024, 2024,
                LocalDate.of(2024, 6, 30)).orElseThrow();
        assertThat(((Person) beforeTheMove.subjects().get(0)).getUnitCode()).isEqualTo("U-A");

        // no membership: people.unitCode; none of the unit's items, tasks, dossiers or discipline
        FactGroup pa1 = factGroups.groupOf(new SubjectRef(SubjectType.PERSON, "PA1"), 2024, 2024,
                LocalDate.of(2025, 1, 15)).orElseThrow();
        assertThat(((Person) pa1.subjects().get(0)).getUnitCode()).isEqualTo("U-A");
        assertThat(facts(pa1)).containsExactly("criterion 2023 1.1", "criterion 2024 1.1", "initiative I-A1-2024",
                "rating PA1 2024", "award 2024 PERSON:PA1 GIAY_KHEN_CCHC");
    }

    @Test
    void noSuchSubjectNoGroup() {
        LocalDate on = LocalDate.of(2025, 1, 15);
        assertThat(factGroups.groupOf(new SubjectRef(SubjectType.UNIT, "U-X"), 2024, 2024, on)).isEmpty();
        // a person's code is not a unit's, nor the other way round
        assertThat(factGroups.groupOf(new SubjectRef(SubjectType.UNIT, "PA1"), 2024, 2024, on)).isEmpty();
        assertThat(factGroups.groupOf(new SubjectRef(SubjectType.PERSON, "U-A"), 2024, 2024, on)).isEmpty();
        assertThatThrownBy(() -> factGroups.groupOf(new SubjectRef(SubjectType.UNIT, "U-A"), 2025, 2024, on))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fromYear 2025 is after toYear 2024");
    }

    @Test
    void groupsHoldAtMostTheGivenNumberOfUnits() {
        assertThat(groups(2024, 2024, 2)).extracting(g -> subjects(g).stream().filter(s -> s.startsWith("UNIT")).toList())
                .containsExactly(List.of("UNIT:U-A", "UNIT:U-B"), List.of("UNIT:U-C"));
        assertThat(groups(2024, 2024, 3)).hasSize(1);
    }

    @Test
    void noUnitsNoGroups() {
        TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
        assertThat(groups(2024, 2024, 5)).isEmpty();
    }

    @Test
    void refusesAnEmptyRangeOrGroup() {
        assertThatThrownBy(() -> groups(2025, 2024, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromYear 2025 is after toYear 2024");
        assertThatThrownBy(() -> groups(2024, 2024, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unitsPerGroup must be at least 1, not 0");
    }

    private static List<String> subjects(FactGroup group) {
        return group.subjects().stream().map(Subject::ref).map(Object::toString).toList();
    }

    /** Each fact as its kind and natural key. */
    private static List<String> facts(FactGroup group) {
        return group.facts().stream().map(FactGroupsTest::describe).toList();
    }

    private static String describe(Object fact) {
        if (fact instanceof Criterion c) {
            return "criterion " + c.getYear() + " " + c.getCode();
        } else if (fact instanceof ProvincialTask t) {
            return "task " + t.getCode();
        } else if (fact instanceof Dossier d) {
            return "dossier " + d.getCode();
        } else if (fact instanceof Initiative i) {
            return "initiative " + i.getCode();
        } else if (fact instanceof Discipline d) {
            return "discipline " + d.getSubjectType() + ":" + d.getSubjectCode() + " " + d.getKind() + " " + d.getFrom();
        } else if (fact instanceof Rating r) {
            return "rating " + r.getPersonCode() + " " + r.getYear();
        } else if (fact instanceof Award a) {
            return "award " + a.getYear() + " " + a.getSubjectType() + ":" + a.getSubjectCode() + " " + a.getAward();
        }
        throw new AssertionError("not a fact: " + fact);
    }
}
