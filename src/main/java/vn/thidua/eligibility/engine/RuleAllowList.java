package vn.thidua.eligibility.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Everything the compiled code of a rule set may touch outside itself, written down in one place.
 * {@link BytecodeCheck} refuses a rule set whose generated classes reference any class, method,
 * constructor or field missing here. A member is named as its class declares it: {@code List.stream}
 * is declared by {@code Collection}, so it is refused unless listed under {@code java/util/Collection}.
 * <p>
 * An entry is a member name (every overload), a name with the start of its descriptor
 * ({@code valueOf(J)} is {@code valueOf(long)} only), or {@code *} for every member. What is left out
 * is left out on purpose: anything unbounded in time or memory ({@code String.repeat}, {@code BigInteger.pow},
 * capacity constructors, {@code Collections.nCopies}) and anything whose result can outgrow its inputs
 * many times over when repeated (joining strings, {@code addAll}, {@code multiply}: thirty doublings in
 * a row reach gigabytes), anything taking code to run (streams, {@code forEach}, comparators), anything
 * reading the process (clock, properties, locale) and all reflection.
 */
final class RuleAllowList {
    /** The fact model: every member its own classes declare (what they inherit is checked where it is declared). */
    static final String FACT_MODEL = "vn/thidua/eligibility/model/";

    /** Rule code (constraints, bindings, consequences) may use these; so may the code Drools generates. */
    static final Map<String, Set<String>> RULE_CODE = new HashMap<>();
    /** Only the classes Drools generates to declare the rules (Rules*, DomainClassesMetadata*, ProjectModel*) may use these. */
    static final Map<String, Set<String>> GENERATED_ONLY = new HashMap<>();

    private static final String BOXED = "valueOf intValue longValue doubleValue floatValue shortValue byteValue"
            + " booleanValue charValue compare compareTo equals hashCode toString MAX_VALUE MIN_VALUE TRUE FALSE"
            + " parseInt parseLong parseDouble parseBoolean sum max min signum isDigit isLetter";
    /** What a collection answers and how it is changed, one element at a time. */
    private static final String COLLECTION = "size isEmpty contains containsAll containsKey containsValue get getOrDefault"
            + " indexOf lastIndexOf add remove put putIfAbsent set clear subList"
            + " keySet values entrySet first last firstKey lastKey equals hashCode toString getKey getValue of copyOf"
            + " <init>() <init>(Ljava/util/Collection;) <init>(Ljava/util/Map;)";

    static {
        // java.lang: text, numbers and their boxes. Not String.repeat/format/formatted (sizes from arguments),
        // not concat or + (a finding's text comes from its @textVi/@textEn template), not matches/replaceAll/split
        // (regular expressions can backtrack without end), not intern, not getClass.
        rule("java/lang/Object", "<init>() equals hashCode toString");
        rule("java/lang/String", "length charAt isEmpty isBlank equals equalsIgnoreCase compareTo compareToIgnoreCase"
                + " contains startsWith endsWith indexOf lastIndexOf substring toLowerCase() toUpperCase() trim strip"
                + " stripLeading stripTrailing valueOf hashCode toString replace(CC)");
        rule("java/lang/CharSequence", "length charAt isEmpty");
        rule("java/lang/Comparable", "compareTo");
        for (String boxed : new String[]{"Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean", "Character", "Number"}) {
            rule("java/lang/" + boxed, BOXED);
        }
        rule("java/lang/Math", "*");
        rule("java/lang/StrictMath", "*");
        rule("java/lang/Enum", "name ordinal compareTo equals hashCode toString <init> valueOf");
        // java.util collections and their values; no streams, iterators, comparators, capacities or nCopies.
        for (String c : new String[]{"Collection", "List", "Set", "SortedSet", "NavigableSet", "Map", "SortedMap",
                "NavigableMap", "Map$Entry", "AbstractCollection", "AbstractList", "AbstractSet", "AbstractMap",
                "ArrayList", "LinkedList", "HashSet", "LinkedHashSet", "TreeSet", "HashMap", "LinkedHashMap", "TreeMap",
                "ImmutableCollections$AbstractImmutableCollection"}) {
            rule("java/util/" + c, COLLECTION);
        }
        rule("java/util/Collections", "emptyList emptySet emptyMap unmodifiableList unmodifiableSet unmodifiableMap"
                + " unmodifiableCollection singletonList singleton singletonMap frequency max(Ljava/util/Collection;)"
                + " min(Ljava/util/Collection;) sort(Ljava/util/List;)V");
        rule("java/util/Arrays", "asList");
        rule("java/util/Objects", "equals hashCode isNull nonNull toString(Ljava/lang/Object;) requireNonNullElse");
        rule("java/util/Optional", "of ofNullable empty isPresent isEmpty get orElse equals hashCode toString");
        // java.math: only operations whose result is about the size of their operands: no multiply, pow, shifts,
        // setScale, or numbers made from text or an exponent (1E-999999999 + 1 would need a billion digits).
        rule("java/math/BigDecimal", "ZERO ONE TEN add subtract negate abs signum compareTo equals hashCode"
                + " toString intValue longValue doubleValue intValueExact longValueExact min max scale precision"
                + " valueOf(J)Ljava/math/BigDecimal; valueOf(D) <init>(I)V <init>(J)V");
        rule("java/math/BigInteger", "ZERO ONE TWO TEN add subtract negate abs signum compareTo equals hashCode"
                + " toString() intValue longValue doubleValue min max valueOf mod remainder divide gcd");
        rule("java/math/RoundingMode", "*");
        // java.time values: dates, periods and their parts; not the clock (now), streams (datesUntil) or formatters.
        rule("java/time/LocalDate", "of ofYearDay ofEpochDay parse(Ljava/lang/CharSequence;) MIN MAX EPOCH getYear"
                + " getMonthValue getMonth getDayOfMonth getDayOfWeek getDayOfYear lengthOfMonth lengthOfYear isLeapYear"
                + " isBefore isAfter isEqual equals compareTo hashCode toString plusDays plusWeeks plusMonths plusYears"
                + " minusDays minusWeeks minusMonths minusYears withDayOfMonth withDayOfYear withMonth withYear"
                + " toEpochDay until");
        rule("java/time/chrono/ChronoLocalDate", "isBefore isAfter isEqual compareTo");
        rule("java/time/Period", "ZERO between of ofDays ofWeeks ofMonths ofYears getYears getMonths getDays"
                + " toTotalMonths isNegative isZero equals hashCode toString plusDays plusMonths plusYears");
        rule("java/time/Year", "of isLeap getValue length atDay equals compareTo hashCode toString isBefore isAfter");
        rule("java/time/YearMonth", "of getYear getMonthValue getMonth lengthOfMonth atDay atEndOfMonth plusMonths"
                + " minusMonths plusYears minusYears isBefore isAfter equals compareTo hashCode toString");
        rule("java/time/Month", "values valueOf of getValue plus minus length maxLength name ordinal equals compareTo"
                + " hashCode toString JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER");
        rule("java/time/DayOfWeek", "values valueOf of getValue plus minus name ordinal equals compareTo hashCode toString"
                + " MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY");
        rule("java/time/temporal/ChronoUnit", "DAYS WEEKS MONTHS YEARS between");
        // The compiler's own boilerplate of the generated enums: values() copies the array of constants.
        rule("java/lang/System", "arraycopy");
        // Drools' runtime as a consequence or a constraint sees it: insert/update/delete a fact, and the
        // helpers its generated constraints call. Not getRuntime, halt, getKieRuntime, channels or globals.
        rule("org/drools/model/Drools", "insert update delete");
        rule("org/drools/model/DroolsEntryPoint", "insert update delete");
        rule("org/drools/model/functions/PredicateInformation", "*");
        rule("org/drools/model/BitMask", "getPatternMask set");
        rule("org/drools/model/bitmask/AllSetBitMask", "get");
        rule("org/drools/model/bitmask/AllSetButLastBitMask", "get");
        rule("org/drools/model/bitmask/EmptyBitMask", "get");
        rule("org/drools/model/bitmask/LongBitMask", "*");
        rule("org/drools/modelcompiler/dsl/pattern/D", "eval");
        rule("org/drools/model/DSL", "eval");
        rule("org/drools/modelcompiler/util/EvaluationUtil", "*");
        rule("org/drools/model/operators/", "INSTANCE");

        // What Drools generates around the rules: the rule definitions (model DSL, indexes, accumulate
        // functions made through LambdaMetafactory), per-class metadata and the KIE module description.
        generated("org/drools/model/", "*");
        generated("org/drools/modelcompiler/dsl/pattern/D", "*");
        generated("org/drools/modelcompiler/CanonicalKieModuleModel", "*");
        generated("org/drools/core/base/accumulators/", "<init>");
        generated("org/drools/util/DateUtils", "getDateFormatMask");
        generated("org/kie/api/KieServices", "get newKieModuleModel");
        generated("org/kie/api/builder/model/", "*");
        generated("org/kie/api/conf/", "*");
        generated("org/kie/api/runtime/conf/ClockTypeOption", "get");
        generated("org/kie/util/maven/support/ReleaseIdImpl", "<init>");
        generated("java/lang/invoke/LambdaMetafactory", "metafactory");
        generated("java/lang/invoke/StringConcatFactory", "makeConcatWithConstants");
        generated("java/lang/Integer", "TYPE");
        generated("java/lang/Boolean", "TYPE");
        generated("java/lang/Long", "TYPE");
        generated("java/lang/RuntimeException", "<init>(Ljava/lang/String;)V");
        generated("java/lang/IllegalArgumentException", "<init>(Ljava/lang/String;)V");
        generated("java/util/Collections", "emptyList");
        generated("java/util/Locale", "ENGLISH");
        generated("java/time/format/DateTimeFormatterBuilder", "<init>() parseCaseInsensitive appendPattern toFormatter");
    }

    private RuleAllowList() {
    }

    private static void rule(String owner, String members) {
        RULE_CODE.put(owner, Set.of(members.split(" ")));
    }

    private static void generated(String owner, String members) {
        GENERATED_ONLY.put(owner, Set.of(members.split(" ")));
    }

    /**
     * Whether the list allows this member of the class that declares it. An owner ending in / stands
     * for its package and the packages under it.
     */
    static boolean allows(Map<String, Set<String>> list, String declaringClass, String name, String descriptor) {
        Set<String> members = entry(list, declaringClass);
        if (members == null) {
            return false;
        }
        if (members.contains("*") || members.contains(name)) {
            return true;
        }
        String signature = name + descriptor;
        return members.stream().anyMatch(m -> m.contains("(") && signature.startsWith(m));
    }

    /** Whether the class may be named at all (a cast, a class literal, an array of it). */
    static boolean knows(Map<String, Set<String>> list, String type) {
        return entry(list, type) != null;
    }

    private static Set<String> entry(Map<String, Set<String>> list, String type) {
        Set<String> members = list.get(type);
        for (int slash = type.lastIndexOf('/'); members == null && slash > 0; slash = type.lastIndexOf('/', slash - 1)) {
            members = list.get(type.substring(0, slash + 1));
        }
        return members;
    }
}
