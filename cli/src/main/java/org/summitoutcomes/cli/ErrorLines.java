package org.summitoutcomes.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns an I/O failure into one line with the path and the reason (file-system exceptions carry only the path). */
final class ErrorLines {
    private ErrorLines() {}

    /** {@code PATH: reason}, or the exception's own message when it names no file; never multi-line. */
    static String of(IOException e) {
        String line;
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String reason = e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileAlreadyExistsException ? "already exists (and is not a folder)"
                    : e instanceof NotDirectoryException ? "not a folder"
                    : f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
            line = f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + reason;
        } else {
            line = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        return line.replaceAll("\\s+", " ");
    }
}
