package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.model.Gender;
import vn.thidua.eligibility.model.Initiative;
import vn.thidua.eligibility.model.Merit;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.PersonCategory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** The merits a partition hands to the ranking, as gzipped JSON that gives back equal merits. */
@Component
class RankingInputs {
    private static final TypeReference<List<MeritRow>> ROWS = new TypeReference<>() {
    };
    private final ObjectMapper mapper;

    RankingInputs(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    byte[] zip(List<Merit> merits) {
        try {
            return Gzip.zip(mapper.writeValueAsBytes(merits.stream().map(MeritRow::of).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Merit> unzip(byte[] gz) {
        try {
            return mapper.readValue(Gzip.unzip(gz), ROWS).stream().map(MeritRow::merit).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record MeritRow(String code, String fullName, String unitCode, PersonCategory category, Gender gender,
                    String position, List<Integer> awardYears, List<InitiativeRow> initiatives, List<Integer> htxsnvYears) {
        static MeritRow of(Merit m) {
            Person p = m.getPerson();
            return new MeritRow(p.getCode(), p.getFullName(), p.getUnitCode(), p.getCategory(), p.getGender(),
                    p.getPosition(), m.getAwardYears(), m.getInitiatives().stream().map(InitiativeRow::of).toList(),
                    m.getHtxsnvYears());
        }

        Merit merit() {
            return new Merit(new Person(code, fullName, unitCode, category, gender, position), awardYears,
                    initiatives.stream().map(InitiativeRow::initiative).toList(), htxsnvYears);
        }
    }

    record InitiativeRow(String code, String personCode, int year, String title, LocalDate recognizedOn) {
        static InitiativeRow of(Initiative i) {
            return new InitiativeRow(i.getCode(), i.getPersonCode(), i.getYear(), i.getTitle(), i.getRecognizedOn());
        }

        Initiative initiative() {
            return new Initiative(code, personCode, year, title, recognizedOn);
        }
    }
}
