package io.trustplane.server.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses RFC 3339 date-times. Ingestion parses two per span, and {@link DateTimeFormatter} spends most
 * of its time building intermediate maps, so the common shape
 * {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:mm)} is read directly (ranges still checked by
 * {@link LocalDate} and {@link LocalTime}); anything else goes through
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, so both accept exactly the same inputs.
 */
final class Rfc3339 {
    private Rfc3339() {
    }

    /** Returns the instant, or throws {@link DateTimeException} when the text is not an RFC 3339 date-time. */
    static Instant parse(String text) {
        Instant fast = parseCommon(text);
        return fast != null ? fast : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    private static Instant parseCommon(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
        int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) return null;
        int i = 19;
        int nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            int fractionDigits = i - start;
            if (fractionDigits == 0 || (i < n && isDigit(s.charAt(i)))) return null;
            for (int k = fractionDigits; k < 9; k++) nanos *= 10;
        }
        if (i >= n) return null;
        int offsetSeconds;
        char zone = s.charAt(i);
        if ((zone == 'Z' || zone == 'z') && i == n - 1) {
            offsetSeconds = 0;
        } else if ((zone == '+' || zone == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2), om = digits(s, i + 4, 2);
            if ((oh | om) < 0 || oh > 18 || om > 59) return null;
            offsetSeconds = (zone == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            long secondOfDay = LocalTime.of(hour, minute, second).toSecondOfDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + secondOfDay - ZoneOffset.ofTotalSeconds(offsetSeconds).getTotalSeconds(), nanos);
        } catch (DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), s, 0);
        }
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
