package vn.thidua.eligibility.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a Vietnamese page must not show: a raw code (an UPPER_SNAKE word that is not a Vietnamese
 * abbreviation, a unit's code or a condition's code), a date written for machines, or a sentence of
 * the English bundle. One detector for the page sweep (MockMvc) and the browser walks.
 */
final class Untranslated {
    /** Words written in capitals in Vietnamese itself: abbreviations, formats, the list's STT. */
    private static final Set<String> ABBREVIATIONS = Set.of("CCHC", "TTHC", "UBND", "HĐND", "PDF", "XLSX", "JSON", "ID", "STT",
            "HTXSNV", "HTTNV", "HTNV", "KHTNV", "CSV", "MB", "PNG", "JPEG", "TIFF", "API");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private static final Pattern RAW_CODE = Pattern.compile("[A-Z]{2,}(?:_[A-Z0-9]+)*");
    /** A word is what lies between spaces and punctuation; a code joined by -, /, . or : to more (QĐ-SCT, 91/2017/NĐ-CP) is a number, not a code. */
    private static final Pattern WORD = Pattern.compile("[^\\s,;()\\[\\]{}\"'“”‘’·…!?«»|+=<>≥≤→✓✗–—]+");
    /** A date as ISO writes it (2025-01-18, not 18/01/2025). */
    private static final Pattern MACHINE_FORMAT = Pattern.compile("(?<![\\w.-])\\d{4}-\\d{2}-\\d{2}(?![\\w.-])");

    private final Set<String> allowed = new TreeSet<>(ABBREVIATIONS);
    private final List<String> english;

    Untranslated() {
        try {
            allowed.addAll(unitCodes());
            allowed.addAll(conditionCodes());
            english = englishSentences();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each thing in the text a Vietnamese reader should not meet, said in a few words. */
    List<String> in(String visibleText) {
        List<String> problems = new ArrayList<>();
        Matcher words = WORD.matcher(visibleText);
        while (words.find()) {
            String word = words.group().replaceAll("^[.:]+|[.:]+$", "");
            if (RAW_CODE.matcher(word).matches() && !allowed.contains(word) && !ROMAN.matcher(word).matches()) {
                problems.add("raw code " + word);
            }
        }
        Matcher machine = MACHINE_FORMAT.matcher(visibleText);
        while (machine.find()) {
            problems.add("written for machines " + machine.group());
        }
        english.stream().filter(visibleText::contains).forEach(sentence -> problems.add("English \"" + sentence + "\""));
        return problems;
    }

    /** Values of the English bundle of more than three words that the Vietnamese bundle words differently. */
    private static List<String> englishSentences() throws IOException {
        Properties en = bundle("i18n/messages_en.properties");
        Properties vi = bundle("i18n/messages.properties");
        List<String> sentences = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            String value = en.getProperty(key);
            if (value.equals(vi.getProperty(key))) {
                continue;
            }
            // the literal parts of a pattern ("Run {0} of {1}") are what a page would show of it
            for (String part : value.replace("''", "'").split("\\{[^}]*}")) {
                String sentence = part.strip();
                if (sentence.split("\\s+").length > 3) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    private static Set<String> unitCodes() throws IOException {
        JsonNode bundle = new ObjectMapper().readTree(Path.of("db/demo/fact-bundle.json").toFile());
        Set<String> codes = new TreeSet<>();
        bundle.get("units").forEach(u -> codes.add(u.get("code").asText()));
        return codes;
    }

    /** The condition codes the shipped rules write (U1, PH_A …), read as rule references. */
    private static Set<String> conditionCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        Pattern condition = Pattern.compile("new ConditionResult\\([^,]+, \"([A-Z0-9_]+)\"");
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                condition.matcher(Files.readString(file)).results().forEach(r -> codes.add(r.group(1)));
            }
        }
        return codes;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = Untranslated.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
