package org.summitoutcomes.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import org.summitoutcomes.export.RecordCodec;

/**
 * The state of a batch in its output folder. Output goes to {@code NAME.tmp} files. The journal
 * {@code .batch-journal} starts with {@code inputs TAB digest TAB count} (the digest of the batch's input
 * keys); after each input is written and flushed, a line {@code key TAB sizes of the four files TAB counts}
 * is appended, where the key is the input's canonical path and the SHA-256 of its content (percent-encoded,
 * so names with tabs or newlines round-trip). A resumed batch must have the same inputs; it cuts the
 * temporary files back to the last journal line (dropping a half-written record) and appends.
 *
 * <p>Publishing ({@link #complete}) is one step for readers: the line {@code publish} is journaled, the old
 * {@code BATCH.json} is removed, the files are renamed into place, and a new {@code BATCH.json} naming the
 * set (sizes and SHA-256 of the four files) is written last; the journal is then removed. A run killed at any
 * moment of this is finished by {@code --resume}; a folder without {@code BATCH.json}, or whose files do not
 * match it, is incomplete.
 */
final class Journal {
    static final String DOCUMENTS = "documents.jsonl";
    static final String ENTITIES = "entities.csv";
    static final String RELATIONS = "relations.csv";
    static final String ERRORS = "errors.jsonl";
    static final List<String> FILES = List.of(DOCUMENTS, ENTITIES, RELATIONS, ERRORS);
    static final String OUTCOMES = org.summitoutcomes.export.OutcomeFiles.OUTCOMES_JSONL;
    static final String OUTCOMES_TABLE = org.summitoutcomes.export.OutcomeFiles.OUTCOMES_CSV;
    /** The files a finished batch publishes: the per-input files and the outcome files consolidated from them. */
    static final List<String> PUBLISHED = List.of(DOCUMENTS, ENTITIES, RELATIONS, ERRORS, OUTCOMES, OUTCOMES_TABLE);
    static final String NAME = ".batch-journal";
    /** Every name a batch writes in its output folder (final and temporary), never read back as input. */
    static final Set<String> OUTPUT_NAMES = Set.of(DOCUMENTS, ENTITIES, RELATIONS, ERRORS, OUTCOMES, OUTCOMES_TABLE, DOCUMENTS + ".tmp",
            ENTITIES + ".tmp", RELATIONS + ".tmp", ERRORS + ".tmp", OUTCOMES + ".tmp", OUTCOMES_TABLE + ".tmp");
    /** The file naming a complete, published output set. */
    static final String MANIFEST = "BATCH.json";
    private static final String PUBLISH = "publish";

    /** Running totals after an input. */
    record Entry(int documents, int entities, int relations, int warnings, int failed) {
        static final Entry START = new Entry(0, 0, 0, 0, 0);

        boolean isStart() { return equals(START); }
    }

    private final Path dir;
    private final Set<String> finished = new HashSet<>();
    private Entry last = Entry.START;
    private boolean publishing;
    private BufferedWriter log;

    private Journal(Path dir, boolean resume, String inputs, int inputCount) throws IOException {
        this.dir = dir;
        Path journal = dir.resolve(NAME);
        Map<String, Long> sizes = new LinkedHashMap<>();
        boolean headerSeen = false;
        if (resume && Files.isRegularFile(journal)) {
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            for (String line : lines) {
                String[] f = line.split("\t", -1);
                if (f.length == 3 && f[0].equals("inputs")) {
                    if (!f[1].equals(inputs)) {
                        throw new BatchException(BatchException.Kind.USAGE, "cannot resume: the inputs differ from those of the interrupted batch in "
                                + dir + " (" + f[2] + " inputs then, " + inputCount + " now); run without --resume to start again");
                    }
                    headerSeen = true;
                    continue;
                }
                if (line.equals(PUBLISH)) {
                    publishing = true;
                    continue;
                }
                if (f.length != 10) continue; // a line cut short by the interruption
                finished.add(decode(f[0]));
                for (int i = 0; i < FILES.size(); i++) sizes.put(FILES.get(i), Long.parseLong(f[1 + i]));
                last = new Entry(Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                        Integer.parseInt(f[9]));
            }
            if (!headerSeen && !finished.isEmpty()) {
                throw new BatchException(BatchException.Kind.USAGE, "cannot resume: the journal in " + dir + " names no input set; run without --resume");
            }
        }
        if (publishing) return; // every input is done; complete() finishes the renames
        for (String name : FILES) {
            Path tmp = tmp(name);
            Long size = sizes.get(name);
            if (size == null || !Files.isRegularFile(tmp) || Files.size(tmp) < size) {
                if (!finished.isEmpty()) throw new BatchException(BatchException.Kind.FAILURE, "cannot resume: " + tmp + " is missing or shorter than its journal says");
                Files.deleteIfExists(tmp);
            } else {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    ch.truncate(size);
                }
            }
        }
        if (finished.isEmpty()) {
            Files.deleteIfExists(journal);
            Files.writeString(journal, "inputs\t" + inputs + "\t" + inputCount + "\n", StandardCharsets.UTF_8);
        }
        this.log = Files.newBufferedWriter(journal, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * Opens the journal of {@code dir}; {@code inputs} is {@link #digest} of the batch's input keys.
     *
     * @throws BatchException when resuming a batch whose inputs differ (exit 2) or whose files are damaged (exit 1)
     */
    static Journal open(Path dir, boolean resume, String inputs, int inputCount) throws IOException {
        return new Journal(dir, resume, inputs, inputCount);
    }

    /** Keys of the inputs already done. */
    Set<String> finished() { return finished; }

    Entry last() { return last; }

    /** True when the interrupted batch had finished every input and was publishing its files. */
    boolean publishing() { return publishing; }

    /** The temporary file of one output (for reading back what a resumed batch already wrote). */
    Path tmp(String name) { return dir.resolve(name + ".tmp"); }

    /** A writer that appends to the temporary file of one output. */
    BufferedWriter writer(String name) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp(name), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), StandardCharsets.UTF_8));
    }

    /** Records that an input's output is written and flushed. */
    void record(String key, Entry totals) throws IOException {
        StringBuilder b = new StringBuilder(encode(key));
        for (String name : FILES) b.append('\t').append(Files.size(tmp(name)));
        b.append('\t').append(totals.documents()).append('\t').append(totals.entities()).append('\t').append(totals.relations())
                .append('\t').append(totals.warnings()).append('\t').append(totals.failed()).append('\n');
        log.write(b.toString());
        log.flush();
        finished.add(key);
        last = totals;
    }

    /** For tests: {@link #complete} stops (as if killed) after this many renames; negative never. */
    static volatile int stopAfterRenames = -1;

    /** Publishes the files (see the class comment); safe to call again after an interruption. */
    void complete() throws IOException {
        int renames = 0;
        if (log != null) {
            log.write(PUBLISH + "\n");
            log.close();
            log = null;
        }
        Files.deleteIfExists(dir.resolve(MANIFEST));
        for (String name : PUBLISHED) {
            if (Files.exists(tmp(name))) {
                if (renames++ == stopAfterRenames) throw new IOException("simulated kill while publishing");
                Files.move(tmp(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else if (!Files.isRegularFile(dir.resolve(name))) {
                throw new BatchException(BatchException.Kind.FAILURE, "cannot publish: " + dir.resolve(name) + " and its temporary file are both missing");
            }
        }
        ObjectNode m = RecordCodec.JSON.createObjectNode();
        m.put("documents", last.documents());
        m.put("entities", last.entities());
        m.put("relations", last.relations());
        m.put("skipped", last.failed());
        ObjectNode files = m.putObject("files");
        for (String name : PUBLISHED) {
            ObjectNode f = files.putObject(name);
            f.put("bytes", Files.size(dir.resolve(name)));
            f.put("sha256", sha256(dir.resolve(name)));
        }
        Path tmp = dir.resolve(MANIFEST + ".tmp");
        Files.writeString(tmp, RecordCodec.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(dir.resolve(NAME));
    }

    /** The key of an input: its canonical path and the SHA-256 of its bytes ({@code -} when it cannot be read). */
    static String key(Path canonical) {
        String hash;
        try {
            hash = Files.isRegularFile(canonical) ? sha256(canonical) : "-";
        } catch (IOException e) {
            hash = "-";
        }
        return canonical + "\u0000" + hash;
    }

    /** The SHA-256 (hex) of the sorted keys of a batch, one per line. */
    static String digest(List<String> keys) {
        MessageDigest md = sha();
        keys.stream().sorted().forEach(k -> md.update((k + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(md.digest());
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md = sha();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Percent-encodes {@code %}, control characters and nothing else, so a key is one tab-free line. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' || c < 0x20 || c == 0x7f) b.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

    static String decode(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
