package dev.skillpack.core.text;

import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Locale;

/**
 * Why a file operation failed, in words a person can act on and without the Java exception's class
 * name: {@code NoSuchFileException: skills/x} becomes "no such file or folder". The file's path is
 * not part of the reason; callers name the file themselves.
 */
public final class IoReason {
    private IoReason() {
    }

    /**
     * @param e what a file operation threw
     * @return the reason, lower case, never empty, never a class name
     */
    public static String of(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof NotDirectoryException) {
            return "a file is where a folder should be";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic links form a loop";
        }
        if (e instanceof NotLinkException) {
            return "not a symbolic link";
        }
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8";
        }
        if (e instanceof FileSystemException fs) {
            return words(fs.getReason(), "the file system refused");
        }
        return words(e.getMessage(), "input/output error");
    }

    private static String words(String raw, String fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String text = UntrustedText.line(raw.strip());
        // "Is a directory", "No space left on device": the operating system's words, lower-cased to fit a sentence
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            text = text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }
}
