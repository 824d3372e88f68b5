package io.trustplane.core.guard.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of many keyword lists occur in a text, found in one pass over it: {@link Keywords#anyIn} for every list at
 * once.
 *
 * <p>Why: the secrets rules hold 165 keywords, and one {@code indexOf} pass per keyword over a 1 KB text cost 63 µs,
 * more than the patterns the keywords guard (docs/BENCHMARKS.md). Here each position's first two and first three
 * characters are looked up in small hash tables of the keywords' first two (two-character keywords) or three (longer
 * ones) characters, and only the few keywords that share the bucket are compared. One-character keywords are looked
 * up per character. An Aho–Corasick automaton would also visit each character once, but a bucket compare is as fast
 * and far simpler. Longer keywords are bucketed by three characters, not two: with the injection rules' thousands of
 * anchors in other languages, a bucket of two characters such as "in" or "re" held dozens of them, each compared at
 * every such position of an English text.
 */
public final class KeywordIndex {
    private static final int BITS = 14;
    private static final int MASK = (1 << BITS) - 1;

    private final int lists;
    private final boolean[] emptyList;
    /** Keywords of three or more characters, by their first three. */
    private final Buckets longer;
    /** Two-character keywords, by both. */
    private final Buckets pairs;
    /** One-character keywords: the character and its list. */
    private final char[] singleChars;
    private final int[] singleLists;

    /** An index of {@code keywordLists}: lower-case keywords, one list per caller's rule. */
    public KeywordIndex(List<List<String>> keywordLists) {
        lists = keywordLists.size();
        emptyList = new boolean[lists];
        Buckets.Builder longerBuilder = new Buckets.Builder();
        Buckets.Builder pairBuilder = new Buckets.Builder();
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
                } else if (keyword.length() == 2) {
                    pairBuilder.add(bucket(keyword.charAt(0), keyword.charAt(1)), keyword, list);
                } else {
                    longerBuilder.add(bucket(keyword.charAt(0), keyword.charAt(1), keyword.charAt(2)), keyword, list);
                }
            }
        }
        longer = longerBuilder.build();
        pairs = pairBuilder.build();
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
            pairs.match(bucket(c0, c1), lowerText, i, found);
            if (i + 2 < n) {
                longer.match(bucket(c0, c1, lowerText.charAt(i + 2)), lowerText, i, found);
            }
        }
        return found;
    }

    private static int bucket(char first, char second) {
        return (first * 31 + second) & MASK;
    }

    private static int bucket(char first, char second, char third) {
        return ((first * 31 + second) * 31 + third) & MASK;
    }

    /** A hash table of keywords by a bucket of their first characters: per bucket the keywords and their lists. */
    private static final class Buckets {
        private final String[][] words;
        private final int[][] lists;

        private Buckets(String[][] words, int[][] lists) {
            this.words = words;
            this.lists = lists;
        }

        /** Marks in {@code found} the lists of the keywords of {@code bucket} that occur at {@code at}. */
        void match(int bucket, String text, int at, boolean[] found) {
            String[] candidates = words[bucket];
            if (candidates == null) {
                return;
            }
            int[] owners = lists[bucket];
            for (int k = 0; k < candidates.length; k++) {
                if (!found[owners[k]] && text.startsWith(candidates[k], at)) {
                    found[owners[k]] = true;
                }
            }
        }

        private static final class Builder {
            private final List<List<String>> words = new ArrayList<>();
            private final List<List<Integer>> lists = new ArrayList<>();

            Builder() {
                for (int b = 0; b <= MASK; b++) {
                    words.add(null);
                    lists.add(null);
                }
            }

            void add(int bucket, String keyword, int list) {
                if (words.get(bucket) == null) {
                    words.set(bucket, new ArrayList<>());
                    lists.set(bucket, new ArrayList<>());
                }
                words.get(bucket).add(keyword);
                lists.get(bucket).add(list);
            }

            Buckets build() {
                String[][] w = new String[MASK + 1][];
                int[][] l = new int[MASK + 1][];
                for (int b = 0; b <= MASK; b++) {
                    if (words.get(b) != null) {
                        w[b] = words.get(b).toArray(String[]::new);
                        l[b] = lists.get(b).stream().mapToInt(Integer::intValue).toArray();
                    }
                }
                return new Buckets(w, l);
            }
        }
    }
}
