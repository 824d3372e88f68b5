package io.trustplane.core.guard.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of many keyword lists occur in a text, found in one pass over it: {@link Keywords#anyIn} for every list at
 * once.
 *
 * <p>Why: the secrets rules hold 165 keywords, and one {@code indexOf} pass per keyword over a 1 KB text cost 63 µs,
 * more than the patterns the keywords guard (docs/BENCHMARKS.md). Here each position's first two characters are
 * looked up in a small hash table of the keywords' first characters, and only the few keywords that share the
 * bucket are compared. One-character keywords are looked up per character. An Aho–Corasick automaton would also
 * visit each character once, but a bucket compare is as fast and far simpler. Keywords of three or more characters
 * are bucketed by their first three: with the injection rules' thousands of anchors in other languages, a bucket of two
 * characters such as "in" or "re" held dozens of them, each compared at every such position of an English text.
 */
public final class KeywordIndex {
    private static final int BITS = 14;
    private static final int MASK = (1 << BITS) - 1;

    private final int lists;
    private final boolean[] emptyList;
    /** Per bucket of a first-three-character hash: the keywords and the list each belongs to; null where none. */
    private final String[][] bucketWords = new String[1 << BITS][];
    private final int[][] bucketLists = new int[1 << BITS][];
    /** The same for two-character keywords, by both characters. */
    private final String[][] pairWords = new String[1 << BITS][];
    private final int[][] pairLists = new int[1 << BITS][];
    /** One-character keywords: the character and its list. */
    private final char[] singleChars;
    private final int[] singleLists;

    /** An index of {@code keywordLists}: lower-case keywords, one list per caller's rule. */
    public KeywordIndex(List<List<String>> keywordLists) {
        lists = keywordLists.size();
        emptyList = new boolean[lists];
        List<List<String>> words = new ArrayList<>();
        List<List<Integer>> owners = new ArrayList<>();
        List<List<String>> pairs = new ArrayList<>();
        List<List<Integer>> pairOwners = new ArrayList<>();
        for (int b = 0; b <= MASK; b++) {
            words.add(null);
            owners.add(null);
            pairs.add(null);
            pairOwners.add(null);
        }
        StringBuilder singles = new StringBuilder();
        List<Integer> singleOwners = new ArrayList<>();
        for (int list = 0; list < lists; list++) {
            List<String> keywords = keywordLists.get(list);
            emptyList[list] = keywords.isEmpty();
            for (String keyword : keywords) {
                if (keyword.isEmpty()) {
                    throw new IllegalArgumentException("empty keyword in list " + list);
                }
                if (keyword.length() == 1) {
                    singles.append(keyword.charAt(0));
                    singleOwners.add(list);
                    continue;
                }
                boolean pair = keyword.length() == 2;
                int b = pair ? bucket(keyword.charAt(0), keyword.charAt(1))
                        : bucket(keyword.charAt(0), keyword.charAt(1), keyword.charAt(2));
                List<List<String>> w = pair ? pairs : words;
                List<List<Integer>> o = pair ? pairOwners : owners;
                if (w.get(b) == null) {
                    w.set(b, new ArrayList<>());
                    o.set(b, new ArrayList<>());
                }
                w.get(b).add(keyword);
                o.get(b).add(list);
            }
        }
        for (int b = 0; b <= MASK; b++) {
            if (words.get(b) != null) {
                bucketWords[b] = words.get(b).toArray(String[]::new);
                bucketLists[b] = owners.get(b).stream().mapToInt(Integer::intValue).toArray();
            }
            if (pairs.get(b) != null) {
                pairWords[b] = pairs.get(b).toArray(String[]::new);
                pairLists[b] = pairOwners.get(b).stream().mapToInt(Integer::intValue).toArray();
            }
        }
        singleChars = singles.toString().toCharArray();
        singleLists = singleOwners.stream().mapToInt(Integer::intValue).toArray();
    }

    /** For each list, whether one of its keywords occurs in {@code lowerText}; a list without keywords always does. */
    public boolean[] present(String lowerText) {
        boolean[] found = emptyList.clone();
        for (int k = 0; k < singleChars.length; k++) {
            if (!found[singleLists[k]] && lowerText.indexOf(singleChars[k]) >= 0) {
                found[singleLists[k]] = true;
            }
        }
        int n = lowerText.length();
        for (int i = 0; i + 1 < n; i++) {
            char c0 = lowerText.charAt(i);
            char c1 = lowerText.charAt(i + 1);
            int p = bucket(c0, c1);
            if (pairWords[p] != null) {
                match(lowerText, i, pairWords[p], pairLists[p], found);
            }
            if (i + 2 < n) {
                int b = bucket(c0, c1, lowerText.charAt(i + 2));
                if (bucketWords[b] != null) {
                    match(lowerText, i, bucketWords[b], bucketLists[b], found);
                }
            }
        }
        return found;
    }

    private static void match(String text, int at, String[] candidates, int[] owners, boolean[] found) {
        for (int k = 0; k < candidates.length; k++) {
            if (!found[owners[k]] && text.startsWith(candidates[k], at)) {
                found[owners[k]] = true;
            }
        }
    }

    private static int bucket(char first, char second) {
        return (first * 31 + second) & MASK;
    }

    private static int bucket(char first, char second, char third) {
        return ((first * 31 + second) * 31 + third) & MASK;
    }
}
