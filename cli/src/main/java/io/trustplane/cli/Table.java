package io.trustplane.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Markdown table, so results paste straight into docs/DETECTION.md. */
final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... header) {
        this.header = List.of(header);
    }

    Table row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) r.add(format(c));
        rows.add(r);
        return this;
    }

    static String format(Object c) {
        if (c == null) return "–";
        if (c instanceof Double d) return d.isNaN() ? "–" : String.format(Locale.ROOT, "%.4f", d);
        return c.toString();
    }

    @Override
    public String toString() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) widths[i] = header.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], r.get(i).length());
        StringBuilder sb = new StringBuilder();
        line(sb, header, widths);
        sb.append('|');
        for (int w : widths) sb.append('-').append("-".repeat(w)).append("-|");
        sb.append('\n');
        for (List<String> r : rows) line(sb, r, widths);
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        sb.append('|');
        for (int i = 0; i < widths.length; i++) {
            String c = cells.get(i);
            sb.append(' ').append(c).append(" ".repeat(widths[i] - c.length())).append(" |");
        }
        sb.append('\n');
    }
}
