package vn.thidua.eligibility.facts;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.stream.Collectors;

/** The units' names by code, for documents that name a person's unit. */
@Service
public class UnitNames {
    private final Units units;

    UnitNames(Units units) {
        this.units = units;
    }

    public Map<String, String> all() {
        return units.findAll(Sort.by("code")).stream().collect(Collectors.toMap(UnitFact::code, UnitFact::name));
    }
}
