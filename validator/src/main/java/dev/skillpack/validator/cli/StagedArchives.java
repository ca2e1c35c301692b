package dev.skillpack.validator.cli;

import dev.skillpack.core.pack.PackException;
import dev.skillpack.core.pack.PackTarget;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Archives written one by one as each skill is read, but put in place only when all of them were: each is
 * first written under a {@code .part} name beside its final one, then every one is moved into place, so a
 * run that fails part way (a file changed since validation, a skill that cannot be packaged, a full disk)
 * leaves the output folder as it was. Only the bytes of one archive are held at a time.
 */
final class StagedArchives {
    static final String PART = ".part";

    private final PackTarget target;
    private final List<String> staged = new ArrayList<>();

    StagedArchives(PackTarget target) {
        this.target = target;
    }

    /**
     * @param relativeFile the archive's final name below the target
     * @param bytes its bytes
     * @throws PackException when the name is refused or the write fails
     */
    void stage(String relativeFile, byte[] bytes) throws PackException {
        target.write(relativeFile + PART, bytes);
        staged.add(relativeFile);
    }

    /**
     * Moves every staged archive to its final name, replacing an archive there.
     *
     * @return the files now in place, in the order staged
     * @throws PackException when a name is refused or a move fails (the rest are then removed)
     */
    List<Path> commit() throws PackException {
        List<Path> placed = new ArrayList<>(staged.size());
        for (String relativeFile : staged) {
            Path part = target.resolve(relativeFile + PART);
            Path file = target.resolve(relativeFile);
            try {
                try {
                    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                discard();
                throw new PackException(relativeFile, "cannot put the archive in place ("
                        + dev.skillpack.core.text.IoReason.of(e) + ")", e);
            }
            placed.add(file);
        }
        staged.clear();
        return placed;
    }

    /** Deletes every archive staged and not yet in place; what cannot be deleted is left. */
    void discard() {
        for (String relativeFile : staged) {
            try {
                Files.deleteIfExists(target.resolve(relativeFile + PART));
            } catch (IOException | PackException e) {
                // a stray .part file is harmless and is replaced by the next run
            }
        }
        staged.clear();
    }
}
