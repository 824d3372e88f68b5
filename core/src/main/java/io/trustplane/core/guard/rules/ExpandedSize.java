package io.trustplane.core.guard.rules;

/**
 * Estimates how large a regular expression becomes once counted repetitions are expanded: RE2 compiles
 * {@code x{n}} into n copies of x, so {@code ((a{100}){100}){100}} is a million instructions although it
 * is 22 characters long. Matching stays linear in the text, but the compiled program (memory and the
 * constant factor) grows with this size, so user patterns are bounded by it.
 *
 * <p>An estimate, not a parser: atoms count 1, a group counts the sum of its content, and a repetition
 * {@code {n,m}} multiplies its atom by m (or n + 1 when unbounded). Alternation is summed, which
 * over-estimates slightly and errs on the safe side.
 */
final class ExpandedSize {
    private final String p;
    private int i;

    private ExpandedSize(String pattern) {
        this.p = pattern;
    }

    static long of(String pattern) {
        ExpandedSize e = new ExpandedSize(pattern);
        return e.sequence();
    }

    /** Size of a sequence up to an unmatched ')' or the end. */
    private long sequence() {
        long total = 0;
        while (i < p.length() && p.charAt(i) != ')') {
            long atom = atom();
            total = saturatedAdd(total, repeat(atom));
        }
        return total;
    }

    private long atom() {
        char c = p.charAt(i);
        if (c == '\\') {
            i = Math.min(p.length(), i + 2);
            return 1;
        }
        if (c == '[') {
            i++;
            if (i < p.length() && p.charAt(i) == '^') {
                i++;
            }
            if (i < p.length() && p.charAt(i) == ']') {
                i++;
            }
            while (i < p.length() && p.charAt(i) != ']') {
                i += p.charAt(i) == '\\' ? 2 : 1;
            }
            i = Math.min(p.length(), i + 1);
            return 1;
        }
        if (c == '(') {
            i++;
            long inner = sequence();
            if (i < p.length()) {
                i++; // ')'
            }
            return Math.max(1, inner);
        }
        i++;
        return 1;
    }

    /** Applies any quantifier after an atom of the given size. */
    private long repeat(long atom) {
        if (i >= p.length() || p.charAt(i) != '{') {
            return atom;
        }
        int close = p.indexOf('}', i);
        if (close < 0) {
            return atom;
        }
        String body = p.substring(i + 1, close);
        long factor;
        try {
            int comma = body.indexOf(',');
            if (comma < 0) {
                factor = Long.parseLong(body.trim());
            } else {
                String max = body.substring(comma + 1).trim();
                factor = max.isEmpty() ? Long.parseLong(body.substring(0, comma).trim()) + 1 : Long.parseLong(max);
            }
        } catch (NumberFormatException e) {
            return atom; // a literal '{', not a repetition
        }
        i = close + 1;
        return saturatedMultiply(atom, Math.max(1, factor));
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    private static long saturatedMultiply(long a, long b) {
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
