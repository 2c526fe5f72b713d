package org.summitoutcomes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The README stands alone: every Markdown link and image in README.md and docs/*.md points to a file inside
 * the repository that exists (and, with a #fragment into a Markdown file, to one of its headings); no link
 * leaves the repository, neither as a URL nor as a path above its root.
 */
@Tag("unit")
class ReadmeLinksTest {
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$", Pattern.MULTILINE);

    @Test
    void everyLinkResolvesInsideTheRepository() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Fixtures.ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(Fixtures.ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        assertTrue(pages.size() >= 3, "README.md, docs/FORMAT.md and docs/SCORING.md at least: " + pages);
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            String md = withoutCode(Files.readString(page, StandardCharsets.UTF_8));
            Matcher m = LINK.matcher(md);
            while (m.find()) {
                links++;
                String problem = problem(page, m.group(1));
                if (problem != null) broken.add(Fixtures.ROOT.relativize(page) + ": " + m.group(1) + " (" + problem + ")");
            }
        }
        assertTrue(links >= 10, "the pages have links to check: " + links);
        assertTrue(broken.isEmpty(), "links that do not resolve inside the repository:\n" + String.join("\n", broken));
    }

    @Test
    void theCheckCatchesBrokenLinks() {
        Path readme = Fixtures.ROOT.resolve("README.md");
        assertTrue(problem(readme, "https://example.org/spec") != null);
        assertTrue(problem(readme, "../shared/spec/EXTRACTION.md") != null);
        assertTrue(problem(readme, "docs/NO-SUCH-FILE.md") != null);
        assertTrue(problem(readme, "docs/FORMAT.md#no-such-heading") != null);
        assertTrue(problem(readme, "docs/FORMAT.md#outcome-records-relations") == null);
        assertTrue(problem(readme, "#the-warm-server") == null);
    }

    /** Null when the link resolves; else why not. */
    static String problem(Path page, String target) {
        if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) return "not a file in the repository";
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? null : target.substring(hash + 1);
        Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!file.startsWith(Fixtures.ROOT)) return "outside the repository";
        if (!Files.exists(file)) return "no such file";
        if (fragment != null && !fragment.isEmpty() && file.toString().endsWith(".md")) {
            try {
                if (!anchors(Files.readString(file, StandardCharsets.UTF_8)).contains(fragment)) return "no heading #" + fragment;
            } catch (IOException e) {
                return "unreadable";
            }
        }
        return null;
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
    static Set<String> anchors(String md) {
        Set<String> out = new HashSet<>();
        Matcher h = HEADING.matcher(withoutCode(md));
        while (h.find()) {
            String text = h.group(1).replaceAll("`", "").toLowerCase(Locale.ROOT);
            out.add(text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        return out;
    }

    private static String withoutCode(String md) {
        return md.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\\n]*`", "");
    }
}
