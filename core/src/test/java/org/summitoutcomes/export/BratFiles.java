package org.summitoutcomes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Text;

/**
 * Checks a brat export against brat's standoff format rules and its own annotation.conf, and that reading it
 * back gives the records written. Used by the brat tests and by the dev-set end-to-end test.
 */
public final class BratFiles {
    private static final Pattern T = Pattern.compile("(T\\d+)\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)\t(.*)");
    private static final Pattern E = Pattern.compile("(E\\d+)\t(\\S+):(T\\d+)((?: \\S+:[TE]\\d+)*)");
    private static final Pattern A = Pattern.compile("(A\\d+)\t(\\S+) ([TE]\\d+)(?: (\\S+))?");
    private static final Pattern N = Pattern.compile("(N\\d+)\tReference ([TE]\\d+) (\\S+):(\\S+)\t(.*)");
    private static final Pattern NOTE = Pattern.compile("(#\\d+)\tAnnotatorNotes ([TEAN]\\d+)\t(.*)");

    private BratFiles() {}

    /** Writes, checks the format, reads back and compares every record, field by field (as JSON). */
    public static void assertLosslessRoundTrip(List<Document> docs, Path dir) throws IOException {
        Brat.write(docs, dir);
        List<String> problems = problems(dir);
        assertTrue(problems.isEmpty(), "brat format problems:\n" + String.join("\n", problems.subList(0, Math.min(30, problems.size()))));
        List<Document> back = Brat.read(dir);
        List<String> expected = new ArrayList<>(), actual = new ArrayList<>();
        docs.stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(d -> expected.add(RecordCodec.toPrettyJson(d)));
        back.forEach(d -> actual.add(RecordCodec.toPrettyJson(d)));
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), actual.get(i));
    }

    /** Every rule of brat's standoff format and of the folder's annotation.conf that a line breaks, one line each. */
    public static List<String> problems(Path dir) throws IOException {
        Conf conf = Conf.read(dir.resolve("annotation.conf"));
        List<String> out = new ArrayList<>();
        for (String f : List.of("visual.conf", "tools.conf")) if (!Files.isRegularFile(dir.resolve(f))) out.add("missing " + f);
        List<Path> anns;
        try (Stream<Path> s = Files.list(dir)) {
            anns = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        if (anns.isEmpty()) out.add("no .ann files");
        for (Path ann : anns) {
            String id = ann.getFileName().toString().replaceFirst("\\.ann$", "");
            Text text = new Text(Files.readString(dir.resolve(id + ".txt"), StandardCharsets.UTF_8));
            Map<String, String> typeOf = new HashMap<>();
            List<String[]> deferred = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int n = 0;
            for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
                n++;
                String where = id + ".ann:" + n + ": ";
                Matcher m;
                if ((m = T.matcher(line)).matches()) {
                    typeOf.put(m.group(1), m.group(2));
                    if (!conf.entities.contains(m.group(2)) && !conf.events.containsKey(m.group(2))) out.add(where + "undeclared type " + m.group(2));
                    StringBuilder covered = new StringBuilder();
                    for (String frag : m.group(3).split(";")) {
                        String[] se = frag.split(" ");
                        int s = Integer.parseInt(se[0]), e = Integer.parseInt(se[1]);
                        if (s >= e || e > text.length()) { out.add(where + "bad offsets " + frag); continue; }
                        String piece = text.substring(s, e);
                        if (piece.contains("\n")) out.add(where + "fragment crosses a line break: " + frag);
                        covered.append(covered.length() == 0 ? "" : " ").append(piece.replace('\t', ' '));
                    }
                    if (!covered.toString().equals(m.group(4))) out.add(where + "text differs from the document: '" + m.group(4) + "'");
                } else if ((m = E.matcher(line)).matches()) {
                    typeOf.put(m.group(1), m.group(2));
                    deferred.add(new String[] {where, "E", m.group(1), m.group(2), m.group(3), m.group(4).strip()});
                } else if ((m = A.matcher(line)).matches()) {
                    deferred.add(new String[] {where, "A", m.group(2), m.group(3), m.group(4)});
                } else if ((m = N.matcher(line)).matches()) {
                    deferred.add(new String[] {where, "ref", m.group(2)});
                    if (!conf.normalization.contains(m.group(3))) out.add(where + "normalization db " + m.group(3) + " not in tools.conf");
                } else if ((m = NOTE.matcher(line)).matches()) {
                    deferred.add(new String[] {where, "ref", m.group(2)});
                } else {
                    out.add(where + "not a well-formed T, E, A, N or # line: " + line);
                    continue;
                }
                if (!ids.add(line.substring(0, line.indexOf('\t')))) out.add(where + "duplicate id");
            }
            for (String[] d : deferred) {
                String where = d[0];
                switch (d[1]) {
                    case "ref" -> {
                        if (!typeOf.containsKey(d[2])) out.add(where + "refers to undefined " + d[2]);
                    }
                    case "E" -> {
                        String type = d[3];
                        if (!conf.events.containsKey(type)) out.add(where + "undeclared event " + type);
                        if (!type.equals(typeOf.get(d[4]))) out.add(where + "trigger " + d[4] + " is not a " + type);
                        if (d[5].isEmpty()) break;
                        for (String arg : d[5].split(" ")) {
                            String role = arg.substring(0, arg.indexOf(':')).replaceAll("\\d+$", "");
                            String target = arg.substring(arg.indexOf(':') + 1);
                            String targetType = typeOf.get(target);
                            if (targetType == null) { out.add(where + "argument refers to undefined " + target); continue; }
                            Set<String> allowed = conf.events.getOrDefault(type, Map.of()).get(role);
                            if (allowed == null) out.add(where + "role " + role + " not declared for " + type);
                            else if (!allowed.contains(targetType) && !(allowed.contains("<ENTITY>") && conf.entities.contains(targetType))) {
                                out.add(where + role + " may not point at a " + targetType);
                            }
                        }
                    }
                    case "A" -> {
                        String name = d[2], target = d[3], value = d[4];
                        String targetType = typeOf.get(target);
                        if (targetType == null) { out.add(where + "refers to undefined " + target); break; }
                        Conf.Attribute at = conf.attributes.get(name);
                        if (at == null) { out.add(where + "undeclared attribute " + name); break; }
                        boolean owner = at.owners.contains(targetType) || (at.owners.contains("<EVENT>") && target.startsWith("E"))
                                || (at.owners.contains("<ENTITY>") && target.startsWith("T"));
                        if (!owner) out.add(where + "attribute " + name + " not declared for " + targetType);
                        if (value == null ? !at.values.isEmpty() : !at.values.contains(value)) out.add(where + "value " + value + " of " + name + " not declared");
                    }
                    default -> throw new IllegalStateException(d[1]);
                }
            }
        }
        return out;
    }

    /** What annotation.conf (and tools.conf) declare. */
    record Conf(Set<String> entities, Map<String, Map<String, Set<String>>> events, Map<String, Attribute> attributes, Set<String> normalization) {
        record Attribute(Set<String> owners, Set<String> values) {}

        static Conf read(Path file) throws IOException {
            Set<String> entities = new HashSet<>();
            Map<String, Map<String, Set<String>>> events = new HashMap<>();
            Map<String, Attribute> attributes = new HashMap<>();
            Set<String> norm = new HashSet<>();
            String section = "";
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (line.startsWith("[")) { section = line.strip(); continue; }
                String[] f = line.split("\t");
                switch (section) {
                    case "[entities]" -> entities.add(f[0].strip());
                    case "[events]" -> {
                        Map<String, Set<String>> roles = new HashMap<>();
                        for (String arg : f[1].split(",\\s*")) {
                            String role = arg.substring(0, arg.indexOf(':')).replaceAll("[?*+]$", "");
                            roles.put(role, Set.of(arg.substring(arg.indexOf(':') + 1).split("\\|")));
                        }
                        events.put(f[0], roles);
                    }
                    case "[attributes]" -> {
                        Set<String> owners = Set.of(), values = Set.of();
                        for (String part : f[1].split(",\\s*")) {
                            if (part.startsWith("Arg:")) owners = Set.of(part.substring(4).split("\\|"));
                            if (part.startsWith("Value:")) values = Set.of(part.substring(6).split("\\|"));
                        }
                        attributes.put(f[0], new Attribute(owners, values));
                    }
                    default -> { }
                }
            }
            Path tools = file.resolveSibling("tools.conf");
            if (Files.isRegularFile(tools)) {
                boolean inNorm = false;
                for (String line : Files.readAllLines(tools, StandardCharsets.UTF_8)) {
                    if (line.startsWith("[")) inNorm = line.strip().equals("[normalization]");
                    else if (inNorm && !line.isBlank() && !line.startsWith("#")) norm.add(line.split("\t")[0]);
                }
            }
            return new Conf(entities, events, attributes, norm);
        }
    }
}
