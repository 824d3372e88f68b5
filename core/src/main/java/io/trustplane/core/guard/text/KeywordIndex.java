package io.trustplane.core.guard.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of many keyword lists occur in a text, found in one pass over it: {@link Keywords#anyIn} for every list at
 * once.
 *
 * <p>Why: the secrets rules hold 165 keywords, and one {@code indexOf} pass per keyword over a 1 KB text cost 63 µs,
 * more than the patterns the keywords guard (docs/BENCHMARKS.md). Here each position's first two characters are
 * looked up in a small hash table of the keywords' first two characters, and only the few keywords that share the
 * bucket are compared. One-character keywords are looked up per character. An Aho–Corasick automaton would also
 * visit each character once, but keywords are few and short, so a bucket compare is as fast and far simpler.
 */
public final class KeywordIndex {
    private static final int BITS = 12;
    private static final int MASK = (1 << BITS) - 1;

    private final int lists;
    private final boolean[] emptyList;
    /** Per bucket of a first-two-character hash: the keywords and the list each belongs to; null where none. */
    private final String[][] bucketWords = new String[1 << BITS][];
    private final int[][] bucketLists = new int[1 << BITS][];
    /** One-character keywords: the character and its list. */
    private final char[] singleChars;
    private final int[] singleLists;

    /** An index of {@code keywordLists}: lower-case keywords, one list per caller's rule. */
    public KeywordIndex(List<List<String>> keywordLists) {
        lists = keywordLists.size();
        emptyList = new boolean[lists];
        List<List<String>> words = new ArrayList<>();
        List<List<Integer>> owners = new ArrayList<>();
        for (int b = 0; b <= MASK; b++) {
            words.add(null);
            owners.add(null);
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
                int b = bucket(keyword.charAt(0), keyword.charAt(1));
                if (words.get(b) == null) {
                    words.set(b, new ArrayList<>());
                    owners.set(b, new ArrayList<>());
                }
                words.get(b).add(keyword);
                owners.get(b).add(list);
            }
        }
        for (int b = 0; b <= MASK; b++) {
            if (words.get(b) != null) {
                bucketWords[b] = words.get(b).toArray(String[]::new);
                bucketLists[b] = owners.get(b).stream().mapToInt(Integer::intValue).toArray();
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
            int b = bucket(lowerText.charAt(i), lowerText.charAt(i + 1));
            String[] candidates = bucketWords[b];
            if (candidates == null) {
                continue;
            }
            int[] owners = bucketLists[b];
            for (int k = 0; k < candidates.length; k++) {
                if (!found[owners[k]] && lowerText.startsWith(candidates[k], i)) {
                    found[owners[k]] = true;
                }
            }
        }
        return found;
    }

    private static int bucket(char first, char second) {
        return (first * 31 + second) & MASK;
    }
}
