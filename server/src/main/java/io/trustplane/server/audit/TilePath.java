package io.trustplane.server.audit;

import java.util.Optional;

/**
 * A C2SP tlog-tiles path: {@code <L>/<N>[.p/<W>]} for hash tiles or {@code entries/<N>[.p/<W>]} for entry bundles,
 * where N is written in groups of three digits, all but the last prefixed with {@code x}
 * (1234067 → {@code x001/x234/067}).
 */
record TilePath(boolean entries, int level, long index, int width) {
    static final int WIDTH = 256;

    static Optional<TilePath> parse(String path) {
        String rest = path;
        boolean entries = false;
        int level = 0;
        int slash = rest.indexOf('/');
        if (slash <= 0) return Optional.empty();
        String head = rest.substring(0, slash);
        if (head.equals("entries")) {
            entries = true;
        } else {
            if (!head.matches("0|[1-9][0-9]?")) return Optional.empty(); // no leading zeros
            level = Integer.parseInt(head);
            if (level > 7) return Optional.empty(); // 8 levels of 8 bits cover every 64-bit index
        }
        rest = rest.substring(slash + 1);
        int width = WIDTH;
        int partial = rest.indexOf(".p/");
        if (partial >= 0) {
            String w = rest.substring(partial + 3);
            if (!w.matches("[1-9][0-9]{0,2}")) return Optional.empty();
            width = Integer.parseInt(w);
            if (width >= WIDTH) return Optional.empty();
            rest = rest.substring(0, partial);
        }
        String[] groups = rest.split("/", -1);
        long index = 0;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            boolean last = i == groups.length - 1;
            if (!last) {
                if (!g.matches("x[0-9]{3}")) return Optional.empty();
                g = g.substring(1);
            } else if (!g.matches("[0-9]{3}")) {
                return Optional.empty();
            }
            if (i == 0 && groups.length > 1 && g.equals("000")) return Optional.empty(); // no leading zero groups
            index = index * 1000 + Integer.parseInt(g);
            if (index < 0 || groups.length > 6) return Optional.empty();
        }
        return Optional.of(new TilePath(entries, level, index, width));
    }

    /** The canonical path of this tile. */
    String path() {
        StringBuilder sb = new StringBuilder(entries ? "entries" : String.valueOf(level)).append('/');
        String digits = String.valueOf(index);
        int pad = (3 - digits.length() % 3) % 3;
        digits = "0".repeat(pad) + digits;
        for (int i = 0; i < digits.length(); i += 3) {
            if (i + 3 < digits.length()) sb.append('x');
            sb.append(digits, i, i + 3);
            if (i + 3 < digits.length()) sb.append('/');
        }
        if (width < WIDTH) sb.append(".p/").append(width);
        return sb.toString();
    }
}
