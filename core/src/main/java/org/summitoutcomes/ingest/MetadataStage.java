package org.summitoutcomes.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Text;
import org.summitoutcomes.pipeline.Feature;
import org.summitoutcomes.pipeline.Stage;
import org.summitoutcomes.segment.LineEnds;

/**
 * Finds article metadata inside the text (a leading {@code date YYYY-MM-DD} line, a dateline such as
 * {@code BEIJING, June 18, 2025 /PRNewswire/ --} or {@code ASTANA –}, a wire credit such as
 * {@code MENAFN - GetNews)}, a headline first line, a trailing {@code ///nCa, May 20, 2023} sign-off) and
 * site boilerplate, and marks them excluded. Metadata the reader or manifest supplied wins.
 */
public final class MetadataStage implements Stage {
    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");
    private static final String MONTH_DATE = "((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2},\\s+\\d{4})";
    /** CITY, Month D, YYYY /Agency/ -- */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "\\G\\s*([A-Z][A-Z.'’ -]{1,40}?),\\s+" + MONTH_DATE + "\\s*/([^/\\n]{1,60})/\\s*(?:--|[–—])\\s*");
    /** CITY (Agency) – / CITY, Month D (Agency) - / CITY – */
    private static final Pattern PLAIN_DATELINE = Pattern.compile(
            "\\G\\s*([A-Z][A-Z.'’]{2,}(?: [A-Z][A-Z.'’]+){0,2})(?:,\\s+" + MONTH_DATE + ")?\\s*(?:\\(([^)\\n]{1,40})\\))?\\s*(?:--|[–—]|-(?= ))\\s*");
    /** A wire credit closing with a parenthesis, as in "MENAFN - GetNews)". */
    private static final Pattern WIRE_CREDIT = Pattern.compile("\\G\\s*([A-Z][A-Za-z]+(?: ?- ?[A-Z][A-Za-z]+)?)\\)\\s*");
    private static final Pattern SIGN_OFF = Pattern.compile("\\s*/{2,}\\s*([^,/\\n]{1,40}),\\s*" + MONTH_DATE + "\\s*\\z");
    private static final DateTimeFormatter MONTH_DAY_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM d, yyyy").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter MON_DAY_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM d, yyyy").toFormatter(Locale.ENGLISH);

    private final List<String> tailMarkers = new ArrayList<>();
    private final List<String> lineMarkers = new ArrayList<>();

    public MetadataStage() {
        String res = "/org/summitoutcomes/lexicons/boilerplate.tsv";
        try (InputStream in = MetadataStage.class.getResourceAsStream(res)) {
            if (in == null) throw new IllegalStateException("missing resource " + res);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", 2);
                String text = f[1].trim().toLowerCase(Locale.ROOT);
                (f[0].equals("tail") ? tailMarkers : lineMarkers).add(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public String name() { return "metadata"; }
    @Override public Set<Feature> requires() { return EnumSet.of(Feature.TEXT); }
    @Override public Set<Feature> provides() { return EnumSet.of(Feature.METADATA); }

    @Override
    public Document apply(Document doc) {
        Text text = doc.text();
        String s = LineEnds.normalized(text.value());
        Metadata found = Metadata.EMPTY;
        List<Span> excluded = new ArrayList<>();
        int pos = 0;

        Matcher m = DATE_LINE.matcher(s);
        if (m.lookingAt()) {
            found = found.withPublished(m.group(1));
            pos = m.end();
        }
        m = WIRE_DATELINE.matcher(s);
        if (m.find(pos) && m.start() == pos) {
            found = found.withDateline(m.group(1).trim()).withSource(m.group(3).trim());
            if (found.published() == null) found = found.withPublished(parseDate(m.group(2)));
            pos = m.end();
        } else {
            m = PLAIN_DATELINE.matcher(s);
            if (m.find(pos) && m.start() == pos && lineStartsAt(s, pos)) {
                found = found.withDateline(m.group(1).trim());
                if (m.group(2) != null && found.published() == null) found = found.withPublished(parseDate(m.group(2)));
                if (m.group(3) != null) found = found.withSource(m.group(3).trim());
                pos = m.end();
            } else {
                m = WIRE_CREDIT.matcher(s);
                if (pos > 0 && m.find(pos) && m.start() == pos) {
                    found = found.withSource(m.group(1).trim());
                    pos = m.end();
                }
            }
        }
        if (pos > 0) excluded.add(text.spanOfChars(0, pos));

        int end = s.length();
        m = SIGN_OFF.matcher(s);
        if (m.find()) {
            if (found.source() == null) found = found.withSource(m.group(1).trim());
            if (found.published() == null) found = found.withPublished(parseDate(m.group(2)));
            excluded.add(text.spanOfChars(m.start() + leadingSpace(s, m.start()), m.end()));
            end = m.start();
        }

        boolean onlyDateLine = pos > 0 && found.dateline() == null && found.source() == null;
        if (pos == 0 || onlyDateLine) {
            String title = headline(s.substring(pos));
            if (title != null) {
                if (pos == 0 || found.title() == null) found = found.withTitle(title);
                // a dateline opening the first paragraph under the headline ("ASTANA – …"), also below a date line
                int body = s.indexOf(title, pos) + title.length();
                while (body < s.length() && Character.isWhitespace(s.charAt(body))) body++;
                Matcher d = WIRE_DATELINE.matcher(s);
                boolean wire = d.find(body) && d.start() == body;
                if (!wire) d = PLAIN_DATELINE.matcher(s);
                if (wire || d.find(body) && d.start() == body) {
                    found = found.withDateline(d.group(1).trim());
                    if (d.group(2) != null && found.published() == null) found = found.withPublished(parseDate(d.group(2)));
                    if (d.group(3) != null) found = found.withSource(d.group(3).trim());
                    excluded.add(text.spanOfChars(body, d.end()));
                }
            }
        }
        excluded.addAll(boilerplate(text, s, pos, end));
        excluded.sort(null);
        Metadata merged = found.overriddenBy(doc.metadata());
        return doc.withMetadata(merged).withExcluded(excluded);
    }

    private static boolean lineStartsAt(String s, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return true;
    }

    private static int leadingSpace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i - from;
    }

    /** The first line when it reads as a headline: short, no sentence-final period, more text after it. */
    static String headline(String s) {
        String stripped = s.stripLeading();
        int nl = stripped.indexOf('\n');
        if (nl < 0) return null;
        String first = stripped.substring(0, nl).strip();
        if (first.isEmpty() || first.length() > 160 || first.split("\\s+").length < 3) return null;
        char last = first.charAt(first.length() - 1);
        if (".:;,".indexOf(last) >= 0) return null;
        return first;
    }

    /** {@code s} is the text with normalized line ends ({@link LineEnds}). */
    private List<Span> boilerplate(Text text, String s, int from, int to) {
        List<Span> spans = new ArrayList<>();
        int lineStart = from;
        while (lineStart < to) {
            int nl = s.indexOf('\n', lineStart);
            int lineEnd = nl < 0 || nl > to ? to : nl;
            String line = s.substring(lineStart, lineEnd).strip().toLowerCase(Locale.ROOT);
            if (!line.isEmpty()) {
                int a = lineStart + leadingSpace(s, lineStart);
                int b = lineEnd;
                while (b > a && Character.isWhitespace(s.charAt(b - 1))) b--;
                if (tailMarkers.contains(line)) {
                    int end = to;
                    while (end > a && Character.isWhitespace(s.charAt(end - 1))) end--;
                    spans.add(text.spanOfChars(a, end));
                    return spans;
                }
                if (lineMarkers.contains(line)) spans.add(text.spanOfChars(a, b));
            }
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    static String parseDate(String s) {
        String norm = s.replace(".", "").replaceAll("\\s+", " ").replace("Sept ", "Sep ").trim();
        for (DateTimeFormatter f : List.of(MONTH_DAY_YEAR, MON_DAY_YEAR)) {
            try {
                return LocalDate.parse(norm, f).toString();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }
}
