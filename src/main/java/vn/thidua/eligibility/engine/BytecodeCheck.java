package vn.thidua.eligibility.engine;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The guarantee behind "rule code cannot reach outside the rules": reads every class Drools
 * generated from a rule set (executable model: every constraint, binding, {@code from},
 * {@code eval}, accumulate and consequence is among them) and lists each reference to a class,
 * method, constructor or field that {@link RuleAllowList} does not allow. It runs before any of
 * those classes is loaded, so nothing of a refused rule set ever executes.
 * <p>
 * Two kinds of class: those Drools writes to declare the rules ({@code Rules…}, {@code RuleMethods…},
 * {@code DomainClassesMetadata…}, {@code ProjectModel…}) may also use Drools' model API; the
 * {@code Lambda…} classes holding rule code, and any lambda body, may use only the allow-list, and
 * may not loop, define lambdas or method references, catch, lock, call back into themselves or
 * make arrays of a size known only when they run. Any other class (a declared type, a function) is
 * refused: a rule set declares no code of its own.
 */
final class BytecodeCheck {
    /** One reason to refuse; {@code rule} is the rule whose code it is, when known. */
    record Violation(String className, List<String> rules, String what) {
    }

    private static final Pattern GENERATED = Pattern.compile(
            "(Rules[0-9A-F]{32}(RuleMethods\\d+)?|DomainClassesMetadata[0-9A-F]{32}(\\$\\w+)?|ProjectModel_[\\w$]+)");
    private static final Pattern RULE_CODE = Pattern.compile("Lambda[A-Za-z]+[0-9A-F]{32}");
    private static final String RULE_FACTORY = "org/drools/modelcompiler/dsl/pattern/D";
    /** Large enough for any list of arguments Drools or a rule writes out; no rule needs a bigger array. */
    private static final int MAX_ARRAY = 1024;

    private static final Map<String, String> DECLARING = new ConcurrentHashMap<>();

    private final Map<String, byte[]> classes;
    private final ClassLoader loader;
    private final Map<String, Set<String>> rulesOf = new TreeMap<>();
    private final Set<Violation> violations = new LinkedHashSet<>();

    private BytecodeCheck(Map<String, byte[]> classes, ClassLoader loader) {
        this.classes = classes;
        this.loader = loader;
    }

    /**
     * Every reason to refuse the classes, by internal name ({@code pkg/Name}) and bytes; empty when
     * they may be loaded. {@code loader} resolves the JDK and library classes they name (never loads
     * the generated ones).
     */
    static List<Violation> check(Map<String, byte[]> classes, ClassLoader loader) {
        BytecodeCheck check = new BytecodeCheck(classes, loader);
        classes.forEach(check::mapRules);
        classes.forEach(check::scan);
        return List.copyOf(check.violations);
    }

    private static String simpleName(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }

    /** Which rule each Lambda class serves: the rule methods name the rule, then use its lambdas' INSTANCE. */
    private void mapRules(String className, byte[] bytes) {
        if (!simpleName(className).startsWith("Rules")) {
            return;
        }
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    private String lastString;
                    private String rule;
                    private final Set<String> used = new HashSet<>();

                    @Override
                    public void visitLdcInsn(Object value) {
                        if (value instanceof String s) {
                            lastString = s;
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                        if (owner.equals(RULE_FACTORY) && method.equals("rule") && rule == null) {
                            rule = lastString;
                        }
                        used.add(owner);
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                        used.add(owner);
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        used.add(type);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String indy, String desc, Handle bootstrap, Object... arguments) {
                        for (Object argument : arguments) {
                            if (argument instanceof Handle h) {
                                used.add(h.getOwner());
                            }
                        }
                    }

                    @Override
                    public void visitEnd() {
                        if (rule != null) {
                            used.add(className + "#" + name);
                            used.forEach(c -> rulesOf.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(rule));
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG);
    }

    /** The rules whose code the method is; Drools shares one class among rules with the same expression. */
    private List<String> ruleOf(String className, String method) {
        Set<String> rules = rulesOf.getOrDefault(className + "#" + method, rulesOf.get(className));
        return rules == null ? List.of() : List.copyOf(rules);
    }

    private void scan(String className, byte[] bytes) {
        String simple = simpleName(className);
        boolean generated = GENERATED.matcher(simple).matches();
        if (!generated && !RULE_CODE.matcher(simple).matches()) {
            violations.add(new Violation(className, ruleOf(className, ""), "declares a class of its own ("
                    + className.replace('/', '.') + "); a rule set may hold rules only"));
            return;
        }
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                List<String> supertypes = new ArrayList<>(Arrays.asList(interfaces));
                supertypes.add(superName);
                for (String type : supertypes) {
                    if (!type.equals("java/lang/Object") && !type.equals("java/lang/Enum")
                            && !RuleAllowList.knows(RuleAllowList.GENERATED_ONLY, type)) {
                        violations.add(new Violation(className, ruleOf(className, ""), "extends " + type.replace('/', '.')));
                    }
                }
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                boolean ruleCode = !generated || name.startsWith("lambda$");
                boolean bridge = (access & (Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC)) != 0 && !name.startsWith("lambda$");
                return new CodeCheck(className, name, ruleCode, bridge);
            }
        }, ClassReader.SKIP_DEBUG);
    }

    /** The instructions of one method. */
    private final class CodeCheck extends MethodVisitor {
        private final String className;
        private final String method;
        private final boolean ruleCode;
        private final boolean bridge;
        private final Set<Label> seen = new HashSet<>();
        private Integer lastConstant;
        private boolean sizedByArray;

        CodeCheck(String className, String method, boolean ruleCode, boolean bridge) {
            super(Opcodes.ASM9);
            this.className = className;
            this.method = method;
            this.ruleCode = ruleCode;
            this.bridge = bridge;
        }

        /** Any instruction but a constant or an array's length: the next array's size is no longer known. */
        private void other() {
            lastConstant = null;
            sizedByArray = false;
        }

        private void refuse(String what) {
            violations.add(new Violation(className, ruleOf(className, method), what));
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode == Opcodes.MONITORENTER) {
                refuse("locks an object (synchronized)");
            }
            if (opcode == Opcodes.DUP) {
                return;
            }
            lastConstant = opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5 ? opcode - Opcodes.ICONST_0 : null;
            // a copy of an array the code already holds (an enum's values()) is no bigger than that array
            sizedByArray = opcode == Opcodes.ARRAYLENGTH;
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            if (opcode == Opcodes.NEWARRAY) {
                arraySize();
            }
            lastConstant = opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH ? operand : null;
            sizedByArray = false;
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            if (opcode != Opcodes.ISTORE) {
                other();
            }
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            other();
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            if (opcode == Opcodes.ANEWARRAY) {
                arraySize();
            }
            type(type);
            other();
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
            refuse("makes a multi-dimensional array");
            other();
        }

        private void arraySize() {
            if (sizedByArray) {
                return;
            }
            if (lastConstant == null || lastConstant < 0 || lastConstant > MAX_ARRAY) {
                refuse("makes an array whose size is " + (lastConstant == null ? "computed when it runs" : lastConstant)
                        + " (at most " + MAX_ARRAY + ", written as a number)");
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            member(owner, name, descriptor, false);
            other();
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            member(owner, name, descriptor, true);
            other();
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            other();
            if (ruleCode) {
                refuse(bootstrap.getOwner().equals("java/lang/invoke/StringConcatFactory")
                        ? "joins strings with +; the text of a finding comes from its @textVi/@textEn template"
                        : "defines a lambda or a method reference (" + bootstrap.getOwner().replace('/', '.') + "."
                        + bootstrap.getName() + "); rule code may only call, not pass code around");
                return;
            }
            handle(bootstrap);
            for (Object argument : arguments) {
                if (argument instanceof Handle h) {
                    handle(h);
                } else if (argument instanceof ConstantDynamic) {
                    refuse("uses a dynamic constant");
                }
            }
        }

        private void handle(Handle h) {
            boolean ownLambda = h.getOwner().equals(className) && h.getName().startsWith("lambda$");
            if (!ownLambda) {
                member(h.getOwner(), h.getName(), h.getDesc(), h.getTag() >= Opcodes.H_INVOKEVIRTUAL);
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            lastConstant = value instanceof Integer i ? i : null;
            sizedByArray = false;
            if (value instanceof Type t && (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY)) {
                type(t.getInternalName());
            } else if (value instanceof Type t && t.getSort() == Type.METHOD || value instanceof ConstantDynamic) {
                refuse("uses a method type or dynamic constant");
            } else if (value instanceof Handle h) {
                if (ruleCode) {
                    refuse("uses a method handle (" + h.getOwner().replace('/', '.') + "." + h.getName() + ")");
                } else {
                    handle(h);
                }
            }
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            other();
            jump(label);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            other();
            jump(dflt);
            Arrays.stream(labels).forEach(this::jump);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            other();
            jump(dflt);
            Arrays.stream(labels).forEach(this::jump);
        }

        private void jump(Label target) {
            if (ruleCode && seen.contains(target)) {
                refuse("loops (a jump backwards in " + method + "); let the engine repeat by firing the rule again");
            }
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (ruleCode) {
                refuse("catches " + (type == null ? "everything" : type.replace('/', '.')) + "; a rule decides, it does not catch");
            }
        }

        private void type(String type) {
            Type t = Type.getObjectType(type);
            boolean array = t.getSort() == Type.ARRAY;
            if (array && t.getElementType().getSort() != Type.OBJECT) {
                return;
            }
            String element = array ? t.getElementType().getInternalName() : type;
            if (element.equals(className) || !ruleCode && classes.containsKey(element) || inFactModel(element)
                    || RuleAllowList.knows(RuleAllowList.RULE_CODE, element)
                    || !ruleCode && RuleAllowList.knows(RuleAllowList.GENERATED_ONLY, element)) {
                return;
            }
            refuse("names the class " + element.replace('/', '.'));
        }

        private void member(String owner, String name, String descriptor, boolean isMethod) {
            if (owner.startsWith("[")) {
                if (!name.equals("clone")) {
                    refuse("uses " + name + " of an array");
                }
                return;
            }
            if (owner.equals(className)) {
                if (ruleCode && isMethod && !name.equals("<init>") && !bridge) {
                    refuse("calls back into itself (" + name + "): rule code may not recurse");
                }
                return;
            }
            if (classes.containsKey(owner)) {
                if (ruleCode) {
                    refuse("reaches generated class " + simpleName(owner));
                }
                return;
            }
            String declaring = declaringClass(owner, name, descriptor, isMethod);
            if (declaring == null) {
                refuse("uses " + describe(owner, name, descriptor, isMethod) + ", which is not on the classpath");
            } else if (!inFactModel(declaring)
                    && !RuleAllowList.allows(RuleAllowList.RULE_CODE, declaring, name, descriptor)
                    && (ruleCode || !RuleAllowList.allows(RuleAllowList.GENERATED_ONLY, declaring, name, descriptor))) {
                refuse("uses " + describe(declaring, name, descriptor, isMethod) + ", which is not on the allow-list");
            }
        }
    }

    private static boolean inFactModel(String internalName) {
        return internalName.startsWith(RuleAllowList.FACT_MODEL)
                && internalName.indexOf('/', RuleAllowList.FACT_MODEL.length()) < 0;
    }

    /**
     * The class that declares the member, as the JVM would resolve it: the owner, its superclasses,
     * then its interfaces. Classes are looked up without being initialised, so no static code runs.
     */
    private String declaringClass(String owner, String name, String descriptor, boolean isMethod) {
        // the same few hundred members recur in every rule set; the answer depends only on the JDK and libraries
        String key = owner + "." + name + descriptor;
        String known = DECLARING.get(key);
        if (known == null) {
            known = resolve(owner, name, descriptor, isMethod);
            DECLARING.put(key, known == null ? "" : known);
        }
        return known.isEmpty() ? null : known;
    }

    private String resolve(String owner, String name, String descriptor, boolean isMethod) {
        Class<?> start;
        try {
            start = Class.forName(owner.replace('/', '.'), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        if (name.equals("<init>")) {
            return owner;
        }
        Deque<Class<?>> queue = new ArrayDeque<>();
        for (Class<?> c = start; c != null; c = c.getSuperclass()) {
            queue.add(c);
        }
        Set<Class<?>> visited = new HashSet<>();
        while (!queue.isEmpty()) {
            Class<?> c = queue.poll();
            if (!visited.add(c)) {
                continue;
            }
            try {
                if (isMethod ? Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.getName().equals(name)
                        && Type.getMethodDescriptor(m).equals(descriptor))
                        : Arrays.stream(c.getDeclaredFields()).anyMatch(f -> f.getName().equals(name))) {
                    return Type.getInternalName(c);
                }
            } catch (LinkageError e) {
                return null;
            }
            queue.addAll(Arrays.asList(c.getInterfaces()));
        }
        return owner;
    }

    private static String describe(String owner, String name, String descriptor, boolean isMethod) {
        String type = owner.replace('/', '.').replace('$', '.');
        if (!isMethod) {
            return type + "." + name;
        }
        StringBuilder args = new StringBuilder();
        for (Type t : Type.getArgumentTypes(descriptor)) {
            String arg = t.getClassName();
            args.append(args.length() == 0 ? "" : ", ").append(arg.substring(arg.lastIndexOf('.') + 1));
        }
        return name.equals("<init>") ? "new " + type + "(" + args + ")" : type + "." + name + "(" + args + ")";
    }

    /** The classes of a KIE module's files, by internal name. */
    static Map<String, byte[]> classesOf(Map<String, byte[]> files) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".class")) {
                out.put(path.substring(0, path.length() - ".class".length()), bytes);
            }
        });
        return out;
    }
}
