package vn.thidua.eligibility.engine;

import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import vn.thidua.eligibility.model.Subject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules are code: DRL consequences are compiled Java, constraints are expressions, and Java 17 has
 * no Security Manager to contain them. So every DRL file is checked before it is compiled and
 * refused, with the reason and the line, unless it only works on the fact model.
 * <p>
 * Drools' own parser gives the structure (imports, functions, globals, dialects, rules). The code
 * itself (constraints, {@code from} and {@code accumulate} expressions, consequences, attribute
 * expressions) is checked token by token over the whole file with string literals and comments
 * blanked out, so that no construct the parser knows and this check forgets can slip through.
 */
final class DrlSecurityCheck {

    private static final String MODEL_PACKAGE = Subject.class.getPackageName();
    /** Packages a rule may name; sub-packages of java.util (concurrent, zip, jar, …) are not among them. */
    private static final Set<String> ALLOWED_PACKAGES = Set.of(MODEL_PACKAGE, "java.util", "java.util.function",
            "java.util.stream", "java.math", "java.time", "java.time.format", "java.time.temporal");
    /** What a rule may use of java.lang; everything else there (System, Runtime, Thread, Class, …) is refused. */
    private static final Set<String> ALLOWED_JAVA_LANG = Set.of("String", "Integer", "Long", "Short", "Byte", "Double",
            "Float", "Boolean", "Character", "Number", "Math", "StrictMath", "Object", "StringBuilder", "CharSequence",
            "Comparable", "Iterable", "Override", "Deprecated", "SuppressWarnings", "Enum", "Record");
    /** java.util classes that start threads, load classes or change process-wide state. */
    private static final Map<String, String> REFUSED_NAMES = Map.ofEntries(
            Map.entry("ServiceLoader", "loads classes"),
            Map.entry("ResourceBundle", "loads classes and files"),
            Map.entry("Timer", "starts threads"),
            Map.entry("TimerTask", "runs code on other threads"),
            Map.entry("Properties", "reads files and streams"),
            Map.entry("Scanner", "reads files and streams"),
            Map.entry("ScriptEngine", "runs scripts"),
            Map.entry("ScriptEngineManager", "runs scripts"),
            Map.entry("Unsafe", "accesses memory"),
            Map.entry("InitialContext", "JNDI lookups"),
            Map.entry("MethodHandles", "reflection"),
            Map.entry("MethodHandle", "reflection"),
            Map.entry("VarHandle", "reflection"),
            Map.entry("getClass", "reflection"),
            Map.entry("forName", "class loading"),
            Map.entry("getClassLoader", "class loading"),
            Map.entry("loadClass", "class loading"),
            Map.entry("newInstance", "reflection"),
            Map.entry("invoke", "reflection"),
            Map.entry("getMethod", "reflection"),
            Map.entry("getMethods", "reflection"),
            Map.entry("getDeclaredMethod", "reflection"),
            Map.entry("getDeclaredMethods", "reflection"),
            Map.entry("getField", "reflection"),
            Map.entry("getDeclaredField", "reflection"),
            Map.entry("getDeclaredFields", "reflection"),
            Map.entry("getConstructor", "reflection"),
            Map.entry("getDeclaredConstructor", "reflection"),
            Map.entry("setAccessible", "reflection"),
            Map.entry("setDefault", "changes process-wide defaults"),
            Map.entry("getKieRuntime", "reaches into the engine"),
            Map.entry("getKnowledgeRuntime", "reaches into the engine"),
            Map.entry("getWorkingMemory", "reaches into the engine"),
            Map.entry("getKieBase", "reaches into the engine"),
            Map.entry("kcontext", "reaches into the engine"),
            Map.entry("exec", "starts processes"),
            Map.entry("exit", "stops the service"),
            Map.entry("halt", "stops the service"),
            Map.entry("loadLibrary", "loads native code"),
            Map.entry("class", "class literals and class declarations give reflective access"),
            Map.entry("while", "loops inside a rule could run forever; let the engine repeat by firing"),
            Map.entry("for", "loops inside a rule could run forever; let the engine repeat by firing"),
            Map.entry("do", "loops inside a rule could run forever; let the engine repeat by firing"),
            Map.entry("synchronized", "locks could block the service"),
            Map.entry("native", "native code"),
            Map.entry("throw", "a rule decides; it does not throw"));

    private static final Pattern QUALIFIED = Pattern.compile("\\b((?:[a-z_][A-Za-z0-9_]*\\.)+)([A-Z][A-Za-z0-9_]*)");
    private static final Pattern SUSPECT_PACKAGE = Pattern.compile(
            "\\b(java\\.(?:io|nio|net|lang\\.reflect|lang\\.invoke|lang\\.management|rmi|sql|security|util\\.concurrent|util\\.zip|util\\.jar|util\\.prefs|util\\.logging)|javax|jdk|sun|com\\.sun|org\\.kie|org\\.drools|org\\.mvel2|org\\.springframework)\\b");
    private static final Pattern NEW = Pattern.compile("\\bnew\\s+((?:[A-Za-z_][A-Za-z0-9_]*\\s*\\.\\s*)*[A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Set<String> PRIMITIVES = Set.of("int", "long", "short", "byte", "double", "float", "boolean", "char");

    private DrlSecurityCheck() {
    }

    /** Every reason to refuse the file, by line; empty when it may be compiled. */
    static List<RuleProblem> check(String file, String drl) {
        List<RuleProblem> problems = new ArrayList<>();
        if (drl.contains("\\u")) {
            // Java reads unicode escapes before anything else, even inside strings: \u0022 ends a string.
            problems.add(new RuleProblem(file, lineAt(drl, drl.indexOf("\\u")), 0,
                    "security: unicode escapes (\\u…) are not allowed; write the character itself"));
            return problems;
        }
        if (drl.contains("\"\"\"")) {
            problems.add(new RuleProblem(file, lineAt(drl, drl.indexOf("\"\"\"")), 0,
                    "security: text blocks (\"\"\") are not allowed"));
            return problems;
        }
        structure(file, drl, problems);
        code(file, Blanked.of(drl), problems);
        problems.sort(Comparator.comparingInt(RuleProblem::line).thenComparing(RuleProblem::message));
        return problems;
    }

    private static void structure(String file, String drl, List<RuleProblem> problems) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            problems.add(new RuleProblem(file, 0, 0, "the file cannot be parsed: " + e.getMessage()));
            return;
        }
        if (parser.hasErrors() || pkg == null) {
            for (DroolsError error : parser.getErrors()) {
                int line = error instanceof ParserError p ? p.getRow() : 0;
                int column = error instanceof ParserError p ? p.getCol() : 0;
                problems.add(new RuleProblem(file, Math.max(line, 0), Math.max(column, 0), error.getMessage()));
            }
            return;
        }
        for (ImportDescr imp : pkg.getImports()) {
            String target = imp.getTarget().replace(" ", "");
            String pkgName = target.endsWith(".*") ? target.substring(0, target.length() - 2)
                    : target.substring(0, Math.max(0, target.lastIndexOf('.')));
            if (!ALLOWED_PACKAGES.contains(pkgName)) {
                problems.add(refused(file, imp, "import " + target + " is outside the fact model and java.util, java.math, java.time"));
            } else if (REFUSED_NAMES.containsKey(target.substring(target.lastIndexOf('.') + 1))) {
                problems.add(refused(file, imp, "import " + target + " is not allowed ("
                        + REFUSED_NAMES.get(target.substring(target.lastIndexOf('.') + 1)) + ")"));
            }
        }
        pkg.getFunctionImports().forEach(f -> problems.add(refused(file, f, "import function " + f.getTarget() + " is not allowed")));
        pkg.getAccumulateImports().forEach(a -> problems.add(refused(file, a, "import accumulate " + a.getTarget() + " is not allowed")));
        pkg.getFunctions().forEach(f -> problems.add(refused(file, f, "function blocks are not allowed (function " + f.getName() + ")")));
        pkg.getGlobals().forEach(g -> problems.add(refused(file, g, "globals are not allowed (global " + g.getIdentifier() + ")")));
        pkg.getTypeDeclarations().forEach(t -> problems.add(refused(file, t, "type declarations are not allowed (declare " + t.getTypeName() + ")")));
        pkg.getEnumDeclarations().forEach(t -> problems.add(refused(file, t, "enum declarations are not allowed (declare enum " + t.getTypeName() + ")")));
        dialect(file, pkg.getAttribute("dialect"), problems);
        for (RuleDescr rule : pkg.getRules()) {
            dialect(file, rule.getAttributes().get("dialect"), problems);
        }
    }

    private static void dialect(String file, AttributeDescr attribute, List<RuleProblem> problems) {
        if (attribute != null && !"java".equals(attribute.getValue().replace("\"", "").strip())) {
            problems.add(refused(file, attribute, "dialect \"" + attribute.getValue().replace("\"", "")
                    + "\" is not allowed; rules use the java dialect"));
        }
    }

    /** Token checks over the code, strings and comments blanked out (line numbers kept). */
    private static void code(String file, String code, List<RuleProblem> problems) {
        Dotted dotted = Dotted.of(code);
        Matcher suspect = SUSPECT_PACKAGE.matcher(dotted.text);
        while (suspect.find()) {
            problems.add(new RuleProblem(file, dotted.lines[suspect.start()], 0, "security: " + suspect.group(1)
                    + " is not allowed; rules may use only the fact model and java.util, java.math, java.time"));
        }
        Matcher qualified = QUALIFIED.matcher(dotted.text);
        while (qualified.find()) {
            String pkg = qualified.group(1).substring(0, qualified.group(1).length() - 1);
            if (looksLikePackage(pkg) && !ALLOWED_PACKAGES.contains(pkg) && !SUSPECT_PACKAGE.matcher(pkg).lookingAt()) {
                problems.add(new RuleProblem(file, dotted.lines[qualified.start()], 0, "security: "
                        + pkg + "." + qualified.group(2) + " is outside the fact model and java.util, java.math, java.time"));
            }
        }
        Matcher id = IDENTIFIER.matcher(code);
        while (id.find()) {
            String name = id.group();
            int line = lineAt(code, id.start());
            if (REFUSED_NAMES.containsKey(name)) {
                problems.add(new RuleProblem(file, line, 0, "security: " + name + " is not allowed (" + REFUSED_NAMES.get(name) + ")"));
            } else if (Character.isUpperCase(name.charAt(0)) && !precededByDot(code, id.start())
                    && isClass("java.lang." + name) && !ALLOWED_JAVA_LANG.contains(name)) {
                problems.add(new RuleProblem(file, line, 0, "security: java.lang." + name
                        + " is not allowed; rules may use only the fact model and java.util, java.math, java.time"));
            }
        }
        Matcher created = NEW.matcher(code);
        while (created.find()) {
            String type = created.group(1).replaceAll("\\s", "");
            if (!mayCreate(type)) {
                problems.add(new RuleProblem(file, lineAt(code, created.start()), 0, "security: new " + type
                        + " is not allowed; a rule may create only fact-model objects and java.util, java.math, java.time values"));
            }
        }
    }

    /** A dotted prefix such as {@code java.util} rather than a variable's field path such as {@code $u.code}. */
    private static boolean looksLikePackage(String prefix) {
        String first = prefix.contains(".") ? prefix.substring(0, prefix.indexOf('.')) : prefix;
        return Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io", "vn").contains(first);
    }

    private static boolean mayCreate(String type) {
        if (PRIMITIVES.contains(type)) {
            return true;
        }
        if (type.contains(".")) {
            String pkg = type.substring(0, type.lastIndexOf('.'));
            return ALLOWED_PACKAGES.contains(pkg) && !REFUSED_NAMES.containsKey(type.substring(type.lastIndexOf('.') + 1));
        }
        if (REFUSED_NAMES.containsKey(type)) {
            return false;
        }
        if (ALLOWED_JAVA_LANG.contains(type)) {
            return true;
        }
        return ALLOWED_PACKAGES.stream().anyMatch(pkg -> isClass(pkg + "." + type));
    }

    private static boolean isClass(String name) {
        try {
            // initialize=false: looking a name up must never run a static initializer
            Class.forName(name, false, DrlSecurityCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean precededByDot(String code, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        return i >= 0 && code.charAt(i) == '.';
    }

    private static RuleProblem refused(String file, BaseDescr descr, String reason) {
        return new RuleProblem(file, Math.max(descr.getLine(), 0), Math.max(descr.getColumn(), 0), "security: " + reason);
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The code with all whitespace around dots removed ("java .\n io" is java.io), and for each
     * character the line it came from.
     */
    private record Dotted(String text, int[] lines) {
        static Dotted of(String code) {
            StringBuilder text = new StringBuilder(code.length());
            int[] lines = new int[code.length() + 1];
            int line = 1;
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (Character.isWhitespace(c) && (nextNonBlankIsDot(code, i) || previousNonBlankIsDot(text))) {
                    line += c == '\n' ? 1 : 0;
                    continue;
                }
                lines[text.length()] = line;
                text.append(c);
                line += c == '\n' ? 1 : 0;
            }
            lines[text.length()] = line;
            return new Dotted(text.toString(), lines);
        }

        private static boolean nextNonBlankIsDot(String code, int i) {
            int j = i;
            while (j < code.length() && Character.isWhitespace(code.charAt(j))) {
                j++;
            }
            return j < code.length() && code.charAt(j) == '.';
        }

        private static boolean previousNonBlankIsDot(StringBuilder text) {
            return text.length() > 0 && text.charAt(text.length() - 1) == '.';
        }
    }

    /** The DRL with string and character literals and comments replaced by spaces, newlines kept. */
    static final class Blanked {
        private Blanked() {
        }

        static String of(String drl) {
            StringBuilder out = new StringBuilder(drl.length());
            int i = 0;
            int n = drl.length();
            while (i < n) {
                char c = drl.charAt(i);
                if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '/') {
                    while (i < n && drl.charAt(i) != '\n') {
                        out.append(' ');
                        i++;
                    }
                } else if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '*') {
                    int end = drl.indexOf("*/", i + 2);
                    end = end < 0 ? n : end + 2;
                    blank(drl, i, end, out);
                    i = end;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < n && drl.charAt(j) != c && drl.charAt(j) != '\n') {
                        j += drl.charAt(j) == '\\' ? 2 : 1;
                    }
                    int end = Math.min(n, j + 1);
                    out.append(c);
                    blank(drl, i + 1, end - 1, out);
                    if (end - 1 > i) {
                        out.append(drl.charAt(end - 1) == '\n' ? '\n' : c);
                    }
                    i = end;
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        private static void blank(String text, int from, int to, StringBuilder out) {
            for (int k = from; k < to && k < text.length(); k++) {
                out.append(text.charAt(k) == '\n' ? '\n' : ' ');
            }
        }
    }
}
