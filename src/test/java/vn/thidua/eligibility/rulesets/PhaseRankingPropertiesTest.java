package vn.thidua.eligibility.rulesets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.Person;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.eligibility.model.Outcome.PROPOSED;
import static vn.thidua.eligibility.model.Outcome.RESERVE;
import static vn.thidua.eligibility.model.Outcome.TIED_AT_QUOTA;

/**
 * The phase ranking of phase-ranking.drl over random groups of qualified people and quotas, against
 * its definition: a person's rank is one more than the number of people of greater merit (years
 * with the Giấy khen, then initiatives, then HTXSNV years, then a woman before a man), so equals
 * share a rank; the places up to the quota are PROPOSED, a tie across the line TIED_AT_QUOTA, the
 * rest RESERVE. The rules are compiled once for the class (RuleHarness).
 */
class PhaseRankingPropertiesTest {
    private static final LocalDate R = LocalDate.of(2025, 12, 15);
    private static final Comparator<Merit> MERIT = Comparator.comparingInt(Merit::awards)
            .thenComparingInt(Merit::initiatives).thenComparingInt(Merit::excellent).thenComparing(Merit::woman);

    /** Two or more years with the Giấy khen: everyone qualifies by route (a) and is ranked. */
    record Merit(int awards, int initiatives, int excellent, boolean woman) {
    }

    @Provide
    Arbitrary<List<Merit>> people() {
        // few distinct values, so that ties are frequent
        return Combinators.combine(Arbitraries.integers().between(2, 4), Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 2), Arbitraries.of(true, false))
                .as(Merit::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 150)
    void ranksFollowMeritAndOutcomesFollowTheQuotaLine(@ForAll("people") List<Merit> people,
                                                       @ForAll @IntRange(min = 1, max = 8) int quota) {
        PhaseRun run = RuleHarness.phase(2021, 2025, R, quota, IntStream.range(0, people.size())
                .mapToObj(i -> PhaseRankingRulesTest.person(person(i, people.get(i)), people.get(i).awards(),
                        people.get(i).initiatives(), people.get(i).excellent()))
                .toList());

        for (int i = 0; i < people.size(); i++) {
            Merit merit = people.get(i);
            int better = (int) people.stream().filter(other -> MERIT.compare(other, merit) > 0).count();
            int equal = (int) people.stream().filter(other -> MERIT.compare(other, merit) == 0).count();
            int rank = better + 1;
            Outcome expected = rank + equal - 1 <= quota ? PROPOSED : rank > quota ? RESERVE : TIED_AT_QUOTA;
            assertThat(run.rank("P" + i)).as("rank of %s among %s", merit, people).isEqualTo(rank);
            assertThat(run.outcome("P" + i)).as("outcome of %s among %s, quota %d", merit, people, quota)
                    .isEqualTo(expected);
        }
        List<Outcome> outcomes = IntStream.range(0, people.size()).mapToObj(i -> run.outcome("P" + i)).toList();
        if (!outcomes.contains(TIED_AT_QUOTA)) {
            assertThat(outcomes).as("exactly the quota proposed when no tie straddles the line")
                    .filteredOn(PROPOSED::equals).hasSize(Math.min(quota, people.size()));
        }
    }

    private static Person person(int i, Merit merit) {
        return merit.woman() ? Facts.woman("P" + i) : Facts.man("P" + i);
    }
}
