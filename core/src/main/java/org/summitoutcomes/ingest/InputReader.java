package org.summitoutcomes.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.summitoutcomes.model.Metadata;

/**
 * Reads input files and folders into articles: {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}
 * (one article per line), with the folder's {@code manifest.csv} applied. Each file that cannot be read
 * becomes a {@link ReadResult.Failed} with a one-line reason; nothing here throws for bad input.
 */
public final class InputReader {
    /** Inputs larger than this are refused (documented in the README). */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> warnings = java.util.Collections.synchronizedList(new ArrayList<>());

    /** Warnings about the inputs as a whole (manifest problems), collected while listing. */
    public List<String> warnings() { return List.copyOf(warnings); }

    /**
     * The files the inputs name, folders expanded (not recursively) and sorted by name. Entries of a folder
     * with an article's name that are not readable files (folders, dangling links, link loops) are listed
     * too, so that {@link #read} reports each of them.
     */
    public List<Path> list(List<Path> inputs) throws IOException {
        return list(inputs, null, Set.of());
    }

    /**
     * As {@link #list(List)}, leaving out the files of {@code outDir} named in {@code outputs} (a batch's own
     * output is never read as input, even when the output folder is an input folder); null excludes nothing.
     */
    public List<Path> list(List<Path> inputs, Path outDir, Set<String> outputs) throws IOException {
        List<Path> files = new ArrayList<>();
        Path skip = outDir == null ? null : canonical(outDir);
        java.util.function.Predicate<Path> isOutput = p -> skip != null && outputs.contains(p.getFileName().toString())
                && skip.equals(canonical(p.toAbsolutePath().getParent()));
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.list(input)) {
                    List<Path> listed = s.filter(InputReader::isArticleFile).sorted().toList();
                    for (Path p : listed) {
                        if (isOutput.test(p)) warnings.add(p + ": an output of this batch; not read as input");
                        else files.add(p);
                    }
                }
            } else if (Files.exists(input) && isOutput.test(input)) {
                warnings.add(input + ": an output of this batch; not read as input");
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                throw new java.nio.file.NoSuchFileException(input.toString(), null, "input does not exist");
            }
        }
        return files;
    }

    /** The real path of a file when it can be resolved, else its absolute normalized path. */
    public static Path canonical(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    public static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".jsonl");
    }

    /** Reads one file; a JSON Lines file gives one result per non-blank line. */
    public List<ReadResult> read(Path file, Manifest manifest) {
        byte[] bytes;
        try {
            bytes = readBytes(file);
            return read(file.toString(), file.getFileName().toString(), bytes, manifest);
        } catch (InputProblem e) {
            return List.of(new ReadResult.Failed(file.toString(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(new ReadResult.Failed(file.toString(), "could not be read: " + e.getClass().getSimpleName()));
        }
    }

    /**
     * Reads one input given as bytes ({@code origin} names it in messages, {@code name} is its file name): the
     * same rules as for a file, for callers whose inputs are not local files (the Spark job).
     */
    public List<ReadResult> read(String origin, String name, byte[] bytes, Manifest manifest) {
        String lower = name.toLowerCase(Locale.ROOT);
        String content;
        try {
            if (bytes.length > MAX_FILE_BYTES) throw new InputProblem("file is larger than the " + (MAX_FILE_BYTES >> 20) + " MB limit");
            content = decode(bytes);
        } catch (InputProblem e) {
            return List.of(new ReadResult.Failed(origin, e.getMessage()));
        }
        Metadata fromManifest = manifest.lookup(name);
        if (lower.endsWith(".jsonl")) return readJsonLines(origin, content);
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (id.isBlank()) return List.of(new ReadResult.Failed(origin, "file name gives an empty id"));
        if (content.isBlank()) return List.of(new ReadResult.Failed(origin, "empty or whitespace-only file"));
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return List.of(fromHtml(id, origin, content, fromManifest));
        }
        return List.of(new ReadResult.Ok(new SourceArticle(id, origin, content, fromManifest)));
    }

    private static ReadResult fromHtml(String id, String origin, String html, Metadata override) {
        HtmlText.Page page;
        try {
            page = HtmlText.extract(html);
        } catch (RuntimeException | StackOverflowError e) {
            return new ReadResult.Failed(origin, "HTML could not be parsed: " + e.getClass().getSimpleName());
        }
        if (page.text().isBlank()) return new ReadResult.Failed(origin, "HTML page has no main text");
        Metadata meta = new Metadata(page.title(), page.published(), null, null, null).overriddenBy(override);
        return new ReadResult.Ok(new SourceArticle(id, origin, page.text(), meta));
    }

    private static List<ReadResult> readJsonLines(String file, String content) {
        List<ReadResult> out = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String origin = file + ":" + (i + 1);
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                out.add(new ReadResult.Failed(origin, "line is not JSON"));
                continue;
            }
            if (node == null || !node.isObject()) {
                out.add(new ReadResult.Failed(origin, "line is not a JSON object"));
                continue;
            }
            String id = text(node, "id");
            if (id == null) {
                out.add(new ReadResult.Failed(origin, "JSON line has no 'id'"));
                continue;
            }
            if (id.isBlank()) {
                out.add(new ReadResult.Failed(origin, "JSON line has an empty 'id'"));
                continue;
            }
            String published = text(node, "published");
            if (published != null && !published.matches("\\d{4}-\\d{2}-\\d{2}")) published = null;
            Metadata meta = new Metadata(text(node, "title"), published, text(node, "source"), null, text(node, "url"));
            String body = text(node, "text");
            String html = text(node, "html");
            if ((body != null && body.indexOf('\0') >= 0) || (html != null && html.indexOf('\0') >= 0)) {
                out.add(new ReadResult.Failed(origin, "JSON line's text contains NUL characters"));
            } else if (body != null && !body.isBlank()) {
                out.add(new ReadResult.Ok(new SourceArticle(id, origin, body, meta)));
            } else if (html != null && !html.isBlank()) {
                ReadResult r = fromHtml(id, origin, html, meta);
                out.add(r);
            } else {
                out.add(new ReadResult.Failed(origin, "JSON line has neither 'text' nor 'html'"));
            }
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    private static byte[] readBytes(Path file) throws InputProblem {
        if (Files.isDirectory(file)) throw new InputProblem("is a folder, not a file");
        if (!Files.exists(file)) {
            if (!Files.isSymbolicLink(file)) throw new InputProblem("file does not exist");
            try {
                file.toRealPath();
                throw new InputProblem("symbolic link cannot be followed");
            } catch (java.nio.file.NoSuchFileException e) {
                throw new InputProblem("dangling symbolic link (its target does not exist)");
            } catch (IOException e) {
                throw new InputProblem("symbolic link loop or unreadable link (" + e.getMessage().replaceAll("\\s+", " ") + ")");
            }
        }
        if (!Files.isRegularFile(file)) throw new InputProblem("not a regular file");
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InputProblem("file is larger than the " + (MAX_FILE_BYTES >> 20) + " MB limit");
            }
            return Files.readAllBytes(file);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InputProblem("file is not readable (permission denied)");
        } catch (IOException e) {
            throw new InputProblem("file could not be read: " + e.getMessage());
        }
    }

    /** Strict UTF-8 decoding; a byte-order mark is dropped. */
    static String decode(byte[] bytes) throws InputProblem {
        for (byte b : bytes) {
            if (b == 0) throw new InputProblem("binary file (contains NUL bytes)");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InputProblem("file is not valid UTF-8");
        }
    }

    /** A reason an input cannot be read, as one line. */
    static final class InputProblem extends Exception {
        InputProblem(String message) { super(message, null, false, false); }
    }

    private final java.util.Map<Path, Manifest> manifests = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Reads the folder's manifest if there is one, once per folder; its problems, and each of its rows that
     * names no file in the folder, go to {@link #warnings()} once.
     */
    public synchronized Manifest manifestFor(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        Manifest cached = manifests.get(key);
        if (cached != null) return cached;
        Manifest m = readManifest(key);
        manifests.put(key, m);
        return m;
    }

    private static boolean existsIn(Path folder, String file) {
        try {
            return Files.exists(folder.resolve(file));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private Manifest readManifest(Path folder) {
        Path csv = folder.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(csv)) return Manifest.NONE;
        try {
            Manifest m = Manifest.read(csv);
            warnings.addAll(m.problems());
            m.byFile().keySet().stream().sorted().filter(f -> !existsIn(folder, f))
                    .forEach(f -> warnings.add(csv + ": row for '" + f + "' names no file in the folder"));
            return m;
        } catch (IOException e) {
            warnings.add(csv + ": could not be read (" + e.getMessage() + "); manifest ignored");
            return Manifest.NONE;
        }
    }

}
