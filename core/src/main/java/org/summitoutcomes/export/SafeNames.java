package org.summitoutcomes.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one way a document id becomes a file name. Every writer of per-document files (brat export, report
 * pages) goes through here, so that no id (empty, {@code ../x}, {@code /etc/x}, 5,000 characters, control
 * characters, names that differ only in case) can name a file outside the target folder or the file of
 * another document. The real id is always kept inside the files.
 */
public final class SafeNames {
    /** Longest stem kept from an id, in characters; longer ids are cut and get a hash suffix. */
    public static final int MAX_STEM = 80;
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private SafeNames() {}

    /**
     * A file-name stem for an id: the id itself when it is made of {@code A-Z a-z 0-9 . _ -}, does not start
     * with a dot and is at most {@link #MAX_STEM} characters; otherwise the id with unsafe characters replaced
     * by {@code _}, cut to {@link #MAX_STEM}, and {@code ~} plus 8 hex digits of its SHA-256 appended (so
     * {@code a/b} and {@code a_b} differ). Never empty, never contains a path separator.
     */
    public static String stem(String id) {
        String s = UNSAFE.matcher(id).replaceAll("_");
        if (s.startsWith(".")) s = "_" + s.substring(1);
        if (RESERVED.matcher(s).matches()) s = "_" + s;
        if (s.equals(id) && !id.isEmpty() && s.length() <= MAX_STEM) return s;
        if (s.length() > MAX_STEM) s = s.substring(0, MAX_STEM);
        return s + "~" + hash(id);
    }

    /** The first 8 hex digits of the SHA-256 of a string's UTF-8 bytes. */
    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Names for the documents of one folder: {@link #stem} of each id, made unique ignoring case (for
     * case-insensitive file systems) by appending {@code ~2}, {@code ~3} … to later duplicates. Deterministic
     * for a given order of ids. Not thread-safe.
     */
    public static final class Allocator {
        private final Set<String> used = new HashSet<>();

        /** A stem no earlier call returned (compared ignoring case). */
        public String next(String id) {
            String base = stem(id);
            String s = base;
            for (int n = 2; !used.add(s.toLowerCase(Locale.ROOT)); n++) s = base + "~" + n;
            return s;
        }
    }

    /**
     * Writes a file {@code name} directly inside {@code dir}, replacing a regular file of that name but never
     * following a symbolic link out of the folder.
     *
     * @throws IOException if {@code name} is not a plain file name, or the file cannot be written
     */
    public static void write(Path dir, String name, String content) throws IOException {
        Path target = dir.resolve(name);
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")
                || !target.normalize().getParent().equals(dir.normalize())) {
            throw new IOException("refusing to write outside " + dir + ": " + name);
        }
        OpenOption[] options = {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS};
        try (var out = Files.newOutputStream(target, options)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
