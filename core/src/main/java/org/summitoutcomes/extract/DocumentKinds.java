package org.summitoutcomes.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;

/**
 * The action a document's kind takes when it is agreed ({@code lexicons/document-actions.tsv}): a treaty or
 * memorandum is signed, a declaration or plan adopted.
 */
final class DocumentKinds {
    private final Map<String, String> actionByHeadWord = new HashMap<>();

    DocumentKinds(List<String[]> rows) {
        for (String[] r : rows) actionByHeadWord.put(r[0], r[1]);
    }

    /** The action of the first kind word in a document's name ("Astana Declaration" → adopt), else the fallback. */
    String kindOf(String name, String fallback) {
        if (name == null) return fallback;
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            String a = actionByHeadWord.get(w);
            if (a != null) return a;
        }
        return fallback;
    }
}
