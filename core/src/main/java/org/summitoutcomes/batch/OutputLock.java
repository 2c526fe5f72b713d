package org.summitoutcomes.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds an output folder for one run: the file {@code .lock} holds the owner's pid under an operating-system
 * lock. A second run fails with "output folder in use by pid N"; a lock file left by a killed run carries no
 * OS lock any more, so it is taken over.
 */
final class OutputLock implements AutoCloseable {
    static final String NAME = ".lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final String staleOwner;

    private OutputLock(Path file, FileChannel channel, FileLock lock, String staleOwner) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.staleOwner = staleOwner;
    }

    /**
     * Locks {@code dir} (which must exist).
     *
     * @throws BatchException (exit 2) when another run holds the folder
     * @throws IOException when the lock file cannot be written
     */
    static OutputLock acquire(Path dir) throws IOException {
        Path file = dir.resolve(NAME);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        String owner = read(ch);
        if (lock == null) {
            ch.close();
            throw new BatchException(BatchException.Kind.USAGE, "output folder in use by pid " + (owner.isEmpty() ? "?" : owner) + ": " + dir);
        }
        ch.truncate(0);
        ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        ch.force(true);
        return new OutputLock(file, ch, lock, owner.isEmpty() ? null : owner);
    }

    /** The pid written in a lock file that a run which ended without releasing it left behind; null if none. */
    String staleOwner() { return staleOwner; }

    private static String read(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(64);
        ch.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).strip();
    }

    /** Removes the lock file and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            lock.release();
            channel.close();
        }
    }
}
