package co.aliada.escalation;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stable tag {@code #caso-12} in every message about a case, and its parsing from a replied-to text. */
final class CaseTag {

    private static final String PREFIX = "#caso-";
    private static final Pattern TAG = Pattern.compile("#caso-(\\d{1,18})\\b");

    private CaseTag() {
    }

    static String of(long id) {
        return PREFIX + id;
    }

    /** Every case this text names, once each, in order. */
    static java.util.List<Long> all(String text) {
        if (text == null) {
            return java.util.List.of();
        }
        java.util.LinkedHashSet<Long> ids = new java.util.LinkedHashSet<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return java.util.List.copyOf(ids);
    }

    /** The case named by the first tag in this text, if any. */
    static OptionalLong in(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        Matcher m = TAG.matcher(text);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
