package vn.thidua.eligibility.rulesets;

import vn.thidua.eligibility.model.Award;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Criterion;
import vn.thidua.eligibility.model.Discipline;
import vn.thidua.eligibility.model.DisciplineKind;
import vn.thidua.eligibility.model.Dossier;
import vn.thidua.eligibility.model.Gender;
import vn.thidua.eligibility.model.Initiative;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.PersonCategory;
import vn.thidua.eligibility.model.ProvincialTask;
import vn.thidua.eligibility.model.Rating;
import vn.thidua.eligibility.model.RatingLevel;
import vn.thidua.eligibility.model.Subject;
import vn.thidua.eligibility.model.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One small builder per fact kind, so a test states only what its case is about. Dates are ISO
 * strings ({@code null} where the model allows an open date) and scores are decimal strings, so
 * that a test reads like the facts a Department would import.
 */
final class Facts {
    private Facts() {
    }

    static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static Unit unit(String code) {
        return new Unit(code, "Phòng " + code, null);
    }

    static Unit dissolvedUnit(String code, String dissolvedOn) {
        return new Unit(code, "Phòng " + code, day(dissolvedOn));
    }

    static Person person(String code) {
        return new Person(code, "Cán bộ " + code, "VP", PersonCategory.CONG_CHUC, Gender.FEMALE);
    }

    static Person woman(String code) {
        return new Person(code, "Cán bộ " + code, "VP", PersonCategory.CONG_CHUC, Gender.FEMALE);
    }

    static Person man(String code) {
        return new Person(code, "Cán bộ " + code, "VP", PersonCategory.CONG_CHUC, Gender.MALE);
    }

    static Rating rating(Person person, int year, RatingLevel level) {
        return new Rating(person.getCode(), year, level);
    }

    /** A scored index item of {@code unitCode}; {@code officer} may be null. */
    static Criterion item(int year, String code, String score, String max, String unitCode, String officer) {
        return new Criterion(year, code, "Tiêu chí " + code, new BigDecimal(max), new BigDecimal(score), unitCode, officer);
    }

    static ProvincialTask task(String code, String unitCode, String due, String completed) {
        return new ProvincialTask(code, unitCode, "Nhiệm vụ " + code, day(due), day(completed));
    }

    static Dossier dossier(String code, String unitCode, String due, String completed) {
        return new Dossier(code, unitCode, day(due), day(completed));
    }

    static Initiative initiative(String code, String personCode, int year, String recognizedOn) {
        return new Initiative(code, personCode, year, "Sáng kiến " + code, day(recognizedOn));
    }

    static Discipline discipline(Subject subject, DisciplineKind kind, String from, String to) {
        return new Discipline(subject.getSubjectType(), subject.getCode(), kind, day(from), day(to));
    }

    static Award award(Subject subject, int year, AwardType type) {
        return new Award(year, subject.getSubjectType(), subject.getCode(), type, "QĐ-" + year, LocalDate.of(year + 1, 2, 1));
    }
}
