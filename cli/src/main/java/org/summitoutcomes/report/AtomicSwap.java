package org.summitoutcomes.report;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/** Puts a completely written folder in place of another by renames, so a reader never sees half a site. */
final class AtomicSwap {
    private AtomicSwap() {}

    /**
     * Moves {@code fresh} to {@code target} (same parent folder). An existing {@code target} is replaced only
     * when it is empty or holds an earlier report ({@code index.html}); it is first renamed aside, then
     * deleted once {@code fresh} is in place.
     *
     * @throws IOException if {@code target} is a file or a folder that is not a report, or a rename fails
     */
    static void replace(Path fresh, Path target) throws IOException {
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + ": exists and is not a folder");
            }
            if (!isEmpty(target) && !Files.isRegularFile(target.resolve("index.html"))) {
                throw new IOException(target + ": folder exists and does not hold a report; not replaced");
            }
            Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            deleteTree(old);
        } else {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Deletes a folder and everything in it, not following links; nothing when it does not exist. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                Files.delete(f);
                return FileVisitResult.CONTINUE;
            }

            @Override public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
