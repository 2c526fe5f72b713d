package org.summitoutcomes.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the project's TSV data files from the classpath: comment lines start with '#', columns are tab-separated. */
public final class DataFile {
    private DataFile() {}

    public static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(resource)) rows.add(line.split("\t", -1));
        return rows;
    }

    public static List<String> lines(String resource) {
        String path = resource.startsWith("/") ? resource : "/org/summitoutcomes/" + resource;
        try (InputStream in = DataFile.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing data file " + path);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public static String text(String resource) {
        String path = resource.startsWith("/") ? resource : "/org/summitoutcomes/" + resource;
        try (InputStream in = DataFile.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing data file " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
