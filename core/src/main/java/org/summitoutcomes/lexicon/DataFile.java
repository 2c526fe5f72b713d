package org.summitoutcomes.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the project's TSV data files from the classpath: comment lines start with '#', columns are
 * tab-separated, lines are stripped. Every failure is a {@link DataFileException} of one line,
 * {@code path:line: what is wrong} (path: {@code org/summitoutcomes/...}).
 */
public final class DataFile {
    private DataFile() {}

    /** The rows of a resource, cells split at tabs. @throws DataFileException when missing or unreadable */
    public static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(resource)) rows.add(line.split("\t", -1));
        return rows;
    }

    /** The non-blank, non-comment lines of a resource, stripped. @throws DataFileException when missing or unreadable */
    public static List<String> lines(String resource) {
        return lines(path(resource), text(resource));
    }

    /** As {@link #lines(String)} on text already read; {@code name} is what error messages call the file. */
    public static List<String> lines(String name, String text) {
        List<String> out = new ArrayList<>();
        for (Line l : numbered(name, text)) out.add(l.text());
        return out;
    }

    /**
     * Hands each row of a resource to {@code row}; whatever the consumer throws for a row (a missing column,
     * a number that does not parse, {@link #fail}) becomes {@code path:line: what is wrong}.
     *
     * @throws DataFileException on a missing file or a bad row
     */
    public static void each(String resource, Consumer<String[]> row) {
        each(path(resource), text(resource), row);
    }

    /** As {@link #each(String, Consumer)} on text already read; {@code name} is what error messages call the file. */
    public static void each(String name, String text, Consumer<String[]> row) {
        for (Line l : numbered(name, text)) {
            try {
                row.accept(l.text().split("\t", -1));
            } catch (DataFileException e) {
                throw e;
            } catch (RuntimeException e) {
                throw rowError(name, l, e);
            }
        }
    }

    /**
     * A value built from all rows of a resource at once (a table whose constructor takes the rows). When the
     * builder fails, the rows are given again one more at a time to find the first row it fails on, so the
     * error still names {@code path:line}.
     *
     * @throws DataFileException on a missing file or a bad row
     */
    public static <T> T table(String resource, Function<List<String[]>, T> build) {
        return table(path(resource), text(resource), build);
    }

    /** As {@link #table(String, Function)} on text already read; {@code name} is what error messages call the file. */
    public static <T> T table(String name, String text, Function<List<String[]>, T> build) {
        List<Line> lines = numbered(name, text);
        List<String[]> rows = new ArrayList<>();
        for (Line l : lines) rows.add(l.text().split("\t", -1));
        try {
            return build.apply(List.copyOf(rows));
        } catch (DataFileException e) {
            throw e;
        } catch (RuntimeException e) {
            for (int n = 1; n <= rows.size(); n++) {
                try {
                    build.apply(List.copyOf(rows.subList(0, n)));
                } catch (RuntimeException first) {
                    throw rowError(name, lines.get(n - 1), first);
                }
            }
            throw new DataFileException(name, 0, message(e));
        }
    }

    private static DataFileException rowError(String name, Line l, RuntimeException e) {
        if (e instanceof ArrayIndexOutOfBoundsException) {
            return new DataFileException(name, l.number(), "too few tab-separated columns: " + l.text());
        }
        return new DataFileException(name, l.number(), message(e) + ": " + l.text());
    }

    private static String message(RuntimeException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ");
    }

    /** Called inside {@link #each} to reject a row with a reason; the loader adds the file and line. */
    public static void fail(String what) {
        throw new IllegalArgumentException(what);
    }

    /** The whole text of a resource (UTF-8). @throws DataFileException when missing or unreadable */
    public static String text(String resource) {
        String path = path(resource);
        try (InputStream in = DataFile.class.getResourceAsStream("/" + path)) {
            if (in == null) throw new DataFileException(path, 0, "missing data file");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataFileException(path, 0, "cannot read: " + e.getMessage());
        }
    }

    /** A line of a data file with its 1-based number. */
    private record Line(int number, String text) {}

    private static List<Line> numbered(String name, String text) {
        List<Line> out = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) continue;
            out.add(new Line(n + 1, line.strip()));
        }
        return out;
    }

    private static String path(String resource) {
        return resource.startsWith("/") ? resource.substring(1) : "org/summitoutcomes/" + resource;
    }
}
