package org.summitoutcomes.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of a batch in its output folder. Output goes to {@code NAME.tmp} files; after each input is
 * written and flushed, a line {@code input TAB sizes of the four files TAB counts} is appended to
 * {@code .batch-journal}. A resumed batch cuts the temporary files back to the last journal line (dropping
 * a half-written record) and appends; {@link #complete} renames the files into place and removes the journal.
 */
final class Journal {
    static final String DOCUMENTS = "documents.jsonl";
    static final String ENTITIES = "entities.csv";
    static final String RELATIONS = "relations.csv";
    static final String ERRORS = "errors.jsonl";
    private static final List<String> FILES = List.of(DOCUMENTS, ENTITIES, RELATIONS, ERRORS);
    static final String NAME = ".batch-journal";

    /** Running totals after an input. */
    record Entry(int documents, int entities, int relations, int warnings, int failed) {
        static final Entry START = new Entry(0, 0, 0, 0, 0);

        boolean isStart() { return equals(START); }
    }

    private final Path dir;
    private final Set<String> finished = new HashSet<>();
    private Entry last = Entry.START;
    private final BufferedWriter log;

    private Journal(Path dir, boolean resume) throws IOException {
        this.dir = dir;
        Path journal = dir.resolve(NAME);
        Map<String, Long> sizes = new LinkedHashMap<>();
        if (resume && Files.isRegularFile(journal)) {
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length != 10) continue; // a line cut short by the interruption
                finished.add(f[0]);
                for (int i = 0; i < FILES.size(); i++) sizes.put(FILES.get(i), Long.parseLong(f[1 + i]));
                last = new Entry(Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                        Integer.parseInt(f[9]));
            }
        }
        for (String name : FILES) {
            Path tmp = tmp(name);
            Long size = sizes.get(name);
            if (size == null || !Files.isRegularFile(tmp) || Files.size(tmp) < size) {
                if (!finished.isEmpty()) throw new IOException("cannot resume: " + tmp + " is missing or shorter than its journal says");
                Files.deleteIfExists(tmp);
            } else {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    ch.truncate(size);
                }
            }
        }
        if (finished.isEmpty()) Files.deleteIfExists(journal);
        this.log = Files.newBufferedWriter(journal, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static Journal open(Path dir, boolean resume) throws IOException { return new Journal(dir, resume); }

    Set<String> finished() { return finished; }

    Entry last() { return last; }

    /** A writer that appends to the temporary file of one output. */
    BufferedWriter writer(String name) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp(name), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), StandardCharsets.UTF_8));
    }

    /** Records that an input's output is written and flushed. */
    void record(String input, Entry totals) throws IOException {
        StringBuilder b = new StringBuilder(input);
        for (String name : FILES) b.append('\t').append(Files.size(tmp(name)));
        b.append('\t').append(totals.documents()).append('\t').append(totals.entities()).append('\t').append(totals.relations())
                .append('\t').append(totals.warnings()).append('\t').append(totals.failed()).append('\n');
        log.write(b.toString());
        log.flush();
        last = totals;
    }

    /** Renames the temporary files into place and removes the journal. */
    void complete() throws IOException {
        log.close();
        for (String name : FILES) {
            Files.move(tmp(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.deleteIfExists(dir.resolve(NAME));
    }

    private Path tmp(String name) { return dir.resolve(name + ".tmp"); }
}
