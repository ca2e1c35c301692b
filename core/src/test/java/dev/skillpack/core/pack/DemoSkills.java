package dev.skillpack.core.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a small pack of two skills, with build junk, into a folder: the input of the packaging tests. */
final class DemoSkills {
    static final Map<String, String> TEXT = new LinkedHashMap<>();

    static {
        TEXT.put("pdf-forms/SKILL.md", """
                ---
                name: pdf-forms
                description: Fills PDF forms from a JSON file. Use when the user asks to fill, check or flatten a PDF form.
                license: Apache-2.0
                metadata:
                  version: "1.2.0"
                ---
                # Filling PDF forms

                Read [the field guide](references/fields.md) before writing a value.
                Run `python scripts/fill.py form.pdf values.json` to fill the form.
                """);
        TEXT.put("pdf-forms/references/fields.md", """
                # Field types

                Text fields take strings; check boxes take "Yes" or "Off".
                """);
        TEXT.put("pdf-forms/scripts/fill.py", "import sys\nprint('filling', sys.argv[1])\n");
        // build junk and evaluations: never packaged
        TEXT.put("pdf-forms/scripts/__pycache__/fill.cpython-312.pyc", "junk");
        TEXT.put("pdf-forms/stray.pyc", "junk");
        TEXT.put("pdf-forms/.DS_Store", "junk");
        TEXT.put("pdf-forms/evals/evals.json", "{\"cases\": []}\n");
        TEXT.put("pdf-forms/drafts/idea.md", "# Not yet\n");
        TEXT.put("release-notes/SKILL.md", """
                ---
                name: release-notes
                description: "Writes release notes from merged pull requests. Use when preparing a release & its <changelog>."
                ---
                Group changes by kind: features, fixes, breaking changes.
                """);
        // nested evals below the root are content, not evaluations
        TEXT.put("release-notes/references/evals/how-we-evaluate.md", "# How we evaluate\n\nBy hand.\n");
    }

    /** A PNG signature and a few bytes: binary content. */
    static final byte[] LOGO = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    private DemoSkills() {
    }

    /**
     * @param folder where to write the pack
     * @param mtime the modification time every file gets (packaging must not depend on it)
     * @return the folder
     */
    static Path write(Path folder, Instant mtime) throws IOException {
        for (Map.Entry<String, String> e : TEXT.entrySet()) {
            Path file = folder.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
        Path logo = folder.resolve("pdf-forms/assets/logo.png");
        Files.createDirectories(logo.getParent());
        Files.write(logo, LOGO);
        Path script = folder.resolve("pdf-forms/scripts/fill.py");
        try {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions here: the executable flag stays false, which the tests allow for
        }
        try (var files = Files.walk(folder)) {
            for (Path p : files.toList()) {
                Files.setLastModifiedTime(p, FileTime.from(mtime));
            }
        }
        return folder;
    }
}
