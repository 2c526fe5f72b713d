package org.summitoutcomes.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Longest-match lookup of token sequences. Keys are token words (apostrophes straightened) as the
 * project's tokenizer splits them, so "China-Kyrgyzstan" and "People's Republic of China" match the
 * way the text was tokenized.
 */
public final class Gazetteer {
    /** One gazetteer entry: its type, normalized value, attributes and where it came from. */
    public record Entry(String type, String normalized, Map<String, String> attributes, String source) {}

    /** A match over tokens {@code [from, to)} of a token list. */
    public record Match(int from, int to, List<Entry> entries) {}

    private final Node root = new Node();
    private final Function<String, List<String>> tokenizer;

    public Gazetteer(Function<String, List<String>> tokenizer) { this.tokenizer = tokenizer; }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Entry> entries = new ArrayList<>();
    }

    public void add(String surface, Entry entry) {
        List<String> words = tokenizer.apply(surface);
        if (words.isEmpty()) return;
        Node n = root;
        for (String w : words) n = n.next.computeIfAbsent(key(w), k -> new Node());
        if (!n.entries.contains(entry)) n.entries.add(entry);
    }

    static String key(String word) { return word.replace('’', '\'').replace('‘', '\''); }

    /** All longest non-overlapping matches, scanning left to right. */
    public List<Match> matches(List<String> words) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Node n = root;
            int bestEnd = -1;
            List<Entry> best = null;
            for (int j = i; j < words.size(); j++) {
                n = n.next.get(key(words.get(j)));
                if (n == null) break;
                if (!n.entries.isEmpty()) {
                    bestEnd = j + 1;
                    best = n.entries;
                }
            }
            if (best != null) {
                out.add(new Match(i, bestEnd, List.copyOf(best)));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return out;
    }
}
