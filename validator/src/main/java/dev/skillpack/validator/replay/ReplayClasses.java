package dev.skillpack.validator.replay;

import java.util.List;

/**
 * The classes a replayed run loads that an ordinary run may not, for the class-data archive the launchers
 * record on a first {@code validate}: that run is often {@code --no-cache} or a miss, which never reads a
 * stored run, so without them a replay would define these from the jar (opening it, verifying each class),
 * which costs a replayed run a noticeable share of its time. The launchers set
 * {@value #RECORDING_PROPERTY} for the recording run only.
 */
public final class ReplayClasses {
    /** The system property the launchers set when the run records the class-data archive. */
    public static final String RECORDING_PROPERTY = "skillpack.cds.recording";

    /** Loaded, not initialised: the archive needs the classes, not their state. */
    static final List<String> NAMES = List.of(
            "dev.skillpack.validator.replay.RunCache",
            "dev.skillpack.validator.replay.RunCache$Replay",
            "dev.skillpack.validator.replay.RunCache$Stored",
            "dev.skillpack.validator.replay.KeyWriter",
            "dev.skillpack.validator.replay.InputSnapshot",
            "dev.skillpack.validator.replay.InputSnapshot$Recorder",
            "dev.skillpack.validator.replay.InputSnapshot$Half",
            "dev.skillpack.validator.replay.FileStatus",
            "dev.skillpack.validator.replay.FileStatus$Record",
            "dev.skillpack.validator.engine.CacheUpkeep",
            "java.util.zip.CRC32C",
            "java.util.ComparableTimSort",
            "java.util.concurrent.TimeUnit$1",
            "java.lang.IllegalAccessException",
            "java.nio.file.attribute.FileTime$1",
            "java.nio.file.attribute.UserPrincipal",
            "java.nio.file.attribute.GroupPrincipal",
            "sun.nio.fs.UnixFileAttributeViews$Unix",
            "sun.nio.fs.AbstractBasicFileAttributeView$AttributesBuilder",
            "jdk.internal.reflect.UnsafeFieldAccessorFactory",
            "jdk.internal.reflect.UnsafeIntegerFieldAccessorImpl",
            "jdk.internal.reflect.UnsafeLongFieldAccessorImpl");

    private ReplayClasses() {
    }

    /** Loads the replay path's classes when this run records the class-data archive; else does nothing. */
    public static void loadWhenRecording() {
        if (!Boolean.getBoolean(RECORDING_PROPERTY)) {
            return;
        }
        ClassLoader loader = ReplayClasses.class.getClassLoader();
        for (String name : NAMES) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // another JDK: that class is then simply not archived
            }
        }
    }
}
