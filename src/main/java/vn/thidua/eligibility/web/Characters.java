package vn.thidua.eligibility.web;

import java.util.Locale;

/**
 * Which characters stored text may hold, and how a message names one it may not. Text shown in a page,
 * a document or a log must read as it is stored: a control character (NUL, CR, LF, …), a line or
 * paragraph separator, a lone surrogate or a bidirectional control (an override such as U+202E
 * turns "exe.txt" into "txt.exe" on screen) would let a record hide or forge what is displayed.
 */
public final class Characters {

    private Characters() {
    }

    /** Whether the code point may appear in a stored name, title or number. */
    public static boolean printable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> !bidirectionalControl(codePoint);
        };
    }

    /** The embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the invisible direction marks. */
    private static boolean bidirectionalControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
    }

    /** "the character U+202E (RIGHT-TO-LEFT OVERRIDE)", for a message about it. */
    public static String named(int codePoint) {
        String name = Character.getName(codePoint);
        return "the character " + codePoint(codePoint) + (name == null ? "" : " (" + name + ")");
    }

    /** The text with every character that is not {@link #printable} written as {@code <U+XXXX>}, so a message can quote it. */
    public static String escaped(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (printable(cp)) {
                shown.appendCodePoint(cp);
            } else {
                shown.append('<').append(codePoint(cp)).append('>');
            }
        });
        return shown.toString();
    }

    private static String codePoint(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
