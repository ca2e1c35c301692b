package dev.skillpack.core.source;

import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.ProblemCode;
import dev.skillpack.core.model.SourceSpan;
import dev.skillpack.core.text.UntrustedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A {@code .skill} archive, a {@code .zip} or a jar, read without unpacking. Every entry name is checked
 * first: an absolute name, a drive letter, a backslash, a {@code .} or {@code ..} segment, an empty
 * segment, a control character, a name that is not UTF-8, a second entry of one name (also when they
 * differ only in case or Unicode normalisation, which collide on macOS and Windows), a name that is both
 * a file and a folder, a symbolic link (unix mode bits) and an encrypted entry are each reported and
 * never read. The entry count, the bytes each entry and all entries really inflate to, and the ratio
 * of inflated to compressed bytes are capped by {@link ArchiveLimits}; past a cap nothing more is read.
 * The files are held in memory; nothing is written to disk. Immutable and thread-safe once opened.
 */
public final class ArchiveSkillSource implements SkillSource {
    private static final int EOCD = 0x06054b50;
    private static final int CEN = 0x02014b50;
    private static final int EOCD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int CEN_SIZE = 46;
    private static final long RATIO_FLOOR = 1L << 20;
    private static final int S_IFMT = 0170000;
    private static final int S_IFLNK = 0120000;

    private final String displayPath;
    private final SourceLimits limits;
    private final Map<String, Member> members;
    private final List<ParseProblem> problems;

    /** One file of the archive, as inflated. */
    private record Member(byte[] bytes, boolean executable) {
    }

    /** One central-directory record, as the archive declares it. */
    private record Declared(String name, byte[] rawName, boolean utf8Ok, int mode, boolean unix, boolean encrypted,
                            long compressedSize) {
    }

    private ArchiveSkillSource(String displayPath, SourceLimits limits, Map<String, Member> members,
                               List<ParseProblem> problems) {
        this.displayPath = displayPath;
        this.limits = limits;
        this.members = members;
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads a whole archive.
     *
     * @param archive the archive file
     * @param displayPath how the archive is shown in reports, e.g. {@code dist/pdf.skill}; entries are shown
     *        below it as {@code dist/pdf.skill!/pdf/SKILL.md}
     * @param archiveLimits caps on entries and inflated bytes
     * @param limits caps applied when the skills are parsed
     * @return the source; a damaged or hostile archive still yields one, with problems
     */
    public static ArchiveSkillSource open(Path archive, String displayPath, ArchiveLimits archiveLimits,
                                          SourceLimits limits) {
        return open(archive, "", displayPath, archiveLimits, limits);
    }

    /**
     * Reads the entries below one folder of an archive (a jar's {@code META-INF/resources/skills/}, say);
     * every entry's name is still checked.
     *
     * @param archive the archive file
     * @param prefix the folder to read, ending with {@code /}, or "" for all
     * @param displayPath how the archive is shown in reports
     * @param archiveLimits caps on entries and inflated bytes
     * @param limits caps applied when the skills are parsed
     * @return the source, with problems for whatever was refused
     */
    public static ArchiveSkillSource open(Path archive, String prefix, String displayPath, ArchiveLimits archiveLimits,
                                          SourceLimits limits) {
        Objects.requireNonNull(prefix, "prefix");
        String shownRoot = displayPath + "!";
        Reader reader = new Reader(archive, prefix, shownRoot, archiveLimits);
        reader.read();
        return new ArchiveSkillSource(prefix.isEmpty() ? shownRoot : shownRoot + "/" + strip(prefix), limits,
                reader.members, reader.problems);
    }

    private static String strip(String prefix) {
        return prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    /** @return what was refused or capped while reading the archive; empty for a clean archive */
    public List<ParseProblem> problems() {
        return problems;
    }

    /** @return the files read, path (below the prefix) to bytes, in path order */
    public Map<String, byte[]> files() {
        Map<String, byte[]> copy = new TreeMap<>();
        members.forEach((k, v) -> copy.put(k, v.bytes().clone()));
        return copy;
    }

    /**
     * @param path a file path from {@link #files()}
     * @return whether the archive marks it executable
     */
    public boolean executable(String path) {
        Member m = members.get(path);
        return m != null && m.executable();
    }

    @Override
    public String displayPath() {
        return displayPath;
    }

    @Override
    public SourceListing list() {
        List<SourceEntry> entries = new ArrayList<>();
        members.forEach((path, m) -> entries.add(new SourceEntry(path, m.bytes().length, m.executable())));
        return new SourceListing(entries, problems);
    }

    @Override
    public byte[] read(SourceEntry entry) throws IOException {
        Member m = members.get(entry.path());
        if (m == null) {
            throw new IOException("no such entry in the archive: " + entry.path());
        }
        return m.bytes().clone();
    }

    @Override
    public SourceLimits limits() {
        return limits;
    }

    /**
     * @param name an entry name as stored
     * @return why it is refused, empty when it is a plain relative path
     */
    public static java.util.Optional<String> unsafeName(String name) {
        if (name.isEmpty()) {
            return java.util.Optional.of("has an empty name");
        }
        if (name.startsWith("/")) {
            return java.util.Optional.of("has an absolute name");
        }
        if (name.indexOf('\\') >= 0) {
            return java.util.Optional.of("holds a backslash, which Windows reads as a folder separator");
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            return java.util.Optional.of("starts with a drive letter");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return java.util.Optional.of("holds a control character");
            }
        }
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return java.util.Optional.of("holds a '.', '..' or empty path segment");
            }
        }
        return java.util.Optional.empty();
    }

    /** One read of an archive. */
    private static final class Reader {
        private final Path archive;
        private final String prefix;
        private final String shownRoot;
        private final ArchiveLimits limits;
        final Map<String, Member> members = new TreeMap<>();
        final List<ParseProblem> problems = new ArrayList<>();

        Reader(Path archive, String prefix, String shownRoot, ArchiveLimits limits) {
            this.archive = archive;
            this.prefix = prefix;
            this.shownRoot = shownRoot;
            this.limits = limits;
        }

        void read() {
            long fileSize;
            List<Declared> declared;
            try (FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ)) {
                fileSize = channel.size();
                declared = centralDirectory(channel, fileSize);
            } catch (IOException e) {
                problems.add(problem(ProblemCode.UNREADABLE, "", "cannot read the archive: " + why(e)));
                return;
            }
            if (declared == null) {
                return;
            }
            Map<String, Declared> accepted = accept(declared);
            if (accepted.isEmpty()) {
                return;
            }
            inflate(accepted, fileSize);
        }

        /** The central directory, or null (with a problem) when it cannot be trusted at all. */
        private List<Declared> centralDirectory(FileChannel channel, long size) throws IOException {
            int tail = (int) Math.min(size, EOCD_SIZE + MAX_COMMENT);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(end, size - tail);
            int at = -1;
            for (int i = tail - EOCD_SIZE; i >= 0; i--) {
                if (end.getInt(i) == EOCD) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                problems.add(problem(ProblemCode.UNREADABLE, "", "not a zip archive (no end of central directory "
                        + "found); a .skill, .zip or .jar file is a zip"));
                return null;
            }
            int count = Short.toUnsignedInt(end.getShort(at + 10));
            long cdSize = Integer.toUnsignedLong(end.getInt(at + 12));
            long cdOffset = Integer.toUnsignedLong(end.getInt(at + 16));
            if (count == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
                problems.add(problem(ProblemCode.ARCHIVE_LIMIT, "", "archive uses ZIP64 (more than 65,535 entries or "
                        + "4 GiB); it was not read"));
                return null;
            }
            if (count > limits.maxEntries()) {
                problems.add(problem(ProblemCode.ARCHIVE_LIMIT, "", "archive declares " + count
                        + " entries; the limit is " + limits.maxEntries() + ", so it was not read"));
                return null;
            }
            if (cdOffset + cdSize > size - (tail - at) || cdSize > Integer.MAX_VALUE) {
                problems.add(problem(ProblemCode.UNREADABLE, "", "archive is damaged: its central directory lies "
                        + "outside the file; it was not read"));
                return null;
            }
            ByteBuffer cd = ByteBuffer.allocate((int) cdSize).order(ByteOrder.LITTLE_ENDIAN);
            while (cd.hasRemaining()) {
                if (channel.read(cd, cdOffset + cd.position()) < 0) {
                    break;
                }
            }
            List<Declared> result = new ArrayList<>();
            int pos = 0;
            while (pos + CEN_SIZE <= cdSize && cd.getInt(pos) == CEN) {
                if (result.size() >= limits.maxEntries()) {
                    problems.add(problem(ProblemCode.ARCHIVE_LIMIT, "", "archive holds more than "
                            + limits.maxEntries() + " entries; it was not read"));
                    return null;
                }
                int madeBy = Short.toUnsignedInt(cd.getShort(pos + 4)) >>> 8;
                int flags = Short.toUnsignedInt(cd.getShort(pos + 8));
                long compressed = Integer.toUnsignedLong(cd.getInt(pos + 20));
                int nameLength = Short.toUnsignedInt(cd.getShort(pos + 28));
                int extraLength = Short.toUnsignedInt(cd.getShort(pos + 30));
                int commentLength = Short.toUnsignedInt(cd.getShort(pos + 32));
                long external = Integer.toUnsignedLong(cd.getInt(pos + 38));
                if (pos + CEN_SIZE + (long) nameLength > cdSize) {
                    break;
                }
                byte[] raw = new byte[nameLength];
                cd.get(pos + CEN_SIZE, raw);
                String name;
                boolean utf8Ok = true;
                try {
                    name = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
                } catch (CharacterCodingException e) {
                    name = new String(raw, StandardCharsets.ISO_8859_1);
                    utf8Ok = false;
                }
                boolean unix = madeBy == 3 || madeBy == 19;
                result.add(new Declared(name, raw, utf8Ok, (int) (external >>> 16), unix, (flags & 1) != 0,
                        compressed));
                pos += CEN_SIZE + nameLength + extraLength + commentLength;
            }
            if (result.size() != count) {
                problems.add(problem(ProblemCode.UNREADABLE, "", "archive is damaged: it declares " + count
                        + " entries but its central directory holds " + result.size() + "; it was not read"));
                return null;
            }
            return result;
        }

        /** Checks every name; returns the files to read, by name. */
        private Map<String, Declared> accept(List<Declared> declared) {
            Map<String, Declared> files = new TreeMap<>();
            Set<String> exact = new HashSet<>();
            Map<String, String> folded = new HashMap<>();
            Set<String> folders = new HashSet<>();
            for (Declared d : declared) {
                String name = d.name();
                java.util.Optional<String> unsafe = d.utf8Ok() ? unsafeName(name)
                        : java.util.Optional.of("has a name that is not UTF-8");
                String why = unsafe.orElse(null);
                if (why == null && d.unix() && (d.mode() & S_IFMT) == S_IFLNK) {
                    why = "is a symbolic link; archives may hold only files and folders";
                }
                if (why == null && d.encrypted()) {
                    why = "is encrypted, so it cannot be checked";
                }
                String key = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
                String fold = Normalizer.normalize(key, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
                if (why == null && !exact.add(key)) {
                    // java.util.zip reads the last copy, other tools the first: read neither
                    files.remove(name);
                    problems.add(problem(ProblemCode.ARCHIVE_ENTRY_UNSAFE, name, "archive entry appears twice, and "
                            + "tools disagree on which copy they unpack; neither was read"));
                    continue;
                } else if (why == null && folded.containsKey(fold) && !folded.get(fold).equals(key)) {
                    why = "differs from " + UntrustedText.line(folded.get(fold)) + " only in case or Unicode "
                            + "normalisation; both cannot exist on macOS or Windows";
                }
                if (why != null) {
                    problems.add(problem(ProblemCode.ARCHIVE_ENTRY_UNSAFE, name, "archive entry " + why
                            + "; it was not read"));
                    continue;
                }
                folded.putIfAbsent(fold, key);
                for (int slash = key.indexOf('/'); slash > 0; slash = key.indexOf('/', slash + 1)) {
                    folders.add(key.substring(0, slash));
                }
                if (name.endsWith("/")) {
                    folders.add(key);
                } else {
                    files.put(name, d);
                }
            }
            for (String file : new ArrayList<>(files.keySet())) {
                if (folders.contains(file)) {
                    problems.add(problem(ProblemCode.ARCHIVE_ENTRY_UNSAFE, file, "archive entry is both a file and "
                            + "a folder; it was not read"));
                    files.remove(file);
                }
            }
            return files;
        }

        private void inflate(Map<String, Declared> files, long fileSize) {
            long total = 0;
            try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
                for (Map.Entry<String, Declared> e : files.entrySet()) {
                    String name = e.getKey();
                    if (!name.startsWith(prefix) || name.length() == prefix.length()) {
                        continue;
                    }
                    ZipEntry entry = zip.getEntry(name);
                    if (entry == null || entry.isDirectory()) {
                        problems.add(problem(ProblemCode.UNREADABLE, name, "archive is damaged: this entry cannot "
                                + "be found; it was not read"));
                        continue;
                    }
                    long room = Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - total);
                    byte[] bytes;
                    try (InputStream in = zip.getInputStream(entry)) {
                        bytes = in.readNBytes((int) Math.min(room + 1, Integer.MAX_VALUE - 8));
                    }
                    if (bytes.length > limits.maxEntryBytes()) {
                        problems.add(problem(ProblemCode.ARCHIVE_LIMIT, name, "archive entry inflates to more than "
                                + limits.maxEntryBytes() + " bytes; it and the rest of the archive were not read"));
                        return;
                    }
                    total += bytes.length;
                    if (total > limits.maxTotalBytes()) {
                        problems.add(problem(ProblemCode.ARCHIVE_LIMIT, name, "archive inflates to more than "
                                + limits.maxTotalBytes() + " bytes; this entry and the rest were not read"));
                        return;
                    }
                    long compressed = Math.max(1, e.getValue().compressedSize());
                    if (bytes.length > RATIO_FLOOR && bytes.length / compressed > limits.maxRatio()) {
                        problems.add(problem(ProblemCode.ARCHIVE_LIMIT, name, "archive entry inflates "
                                + bytes.length / compressed + " times its compressed size (the limit is "
                                + limits.maxRatio() + "), the mark of a zip bomb; it and the rest were not read"));
                        return;
                    }
                    if (total > RATIO_FLOOR && total / Math.max(1, fileSize) > limits.maxRatio()) {
                        problems.add(problem(ProblemCode.ARCHIVE_LIMIT, name, "archive inflates to more than "
                                + limits.maxRatio() + " times its file size, the mark of a zip bomb; this entry and "
                                + "the rest were not read"));
                        return;
                    }
                    Declared d = e.getValue();
                    members.put(name.substring(prefix.length()),
                            new Member(bytes, d.unix() && (d.mode() & 0111) != 0));
                }
            } catch (ZipException e) {
                problems.add(problem(ProblemCode.UNREADABLE, "", "archive is damaged and cannot be read ("
                        + why(e) + ")"));
                members.clear();
            } catch (IOException | RuntimeException e) {
                // java.util.zip signals some malformed data with unchecked exceptions
                problems.add(problem(ProblemCode.UNREADABLE, "", "archive is damaged and cannot be read ("
                        + why(e) + ")"));
                members.clear();
            }
        }

        private ParseProblem problem(ProblemCode code, String entryName, String message) {
            String shown = entryName.isEmpty() ? shownRoot.substring(0, shownRoot.length() - 1)
                    : shownRoot + "/" + entryName;
            return new ParseProblem(code, message, SourceSpan.wholeFile(shown));
        }

        private static String why(Exception e) {
            String message = e.getMessage();
            return message == null || message.isBlank() ? "unreadable data" : UntrustedText.line(message);
        }
    }
}
