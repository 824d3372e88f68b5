package io.trustplane.core.guard.pii;

/** One pass over a text counting what the recognisers need, so that most skip most texts. */
record TextShape(int digits, boolean hasAt, boolean hasColonSlashSlash, int colons, int upper) {

    static TextShape of(String text) {
        int digits = 0;
        int colons = 0;
        int upper = 0;
        boolean at = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '@') {
                at = true;
            } else if (c == ':') {
                colons++;
            } else if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return new TextShape(digits, at, text.contains("://"), colons, upper);
    }

    /** Not glued to other digits, letters or digit groups ("12-" or "-34"). */
    static boolean isolated(String text, int start, int end) {
        if (start > 0) {
            char b = text.charAt(start - 1);
            if (Character.isLetterOrDigit(b) || ((b == '-' || b == '.') && start > 1 && Character.isDigit(text.charAt(start - 2)))) {
                return false;
            }
        }
        if (end < text.length()) {
            char a = text.charAt(end);
            if (Character.isLetterOrDigit(a) || ((a == '-' || a == '.') && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)))) {
                return false;
            }
        }
        return true;
    }

    static boolean isolatedWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }
}
