package dev.skillpack.core.pack.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip whose bytes depend only on the entries and one time stamp: entries sorted by name, every
 * folder above a file as its own entry (class loaders find a folder of a jar only through one), one fixed
 * time written as MS-DOS date fields in UTC (no extended-time extra field, no time zone), no comments,
 * no permissions, deflate at the default level.
 */
public final class ReproducibleZip {
    private ReproducibleZip() {
    }

    /**
     * @param files entry name to bytes; names use forward slashes and never end with {@code /}
     * @param timestamp the time of every entry, between 1980 and 2107
     * @return the zip's bytes
     */
    public static byte[] build(Map<String, byte[]> files, Instant timestamp) {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        files.forEach((name, bytes) -> {
            entries.put(name, bytes);
            for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                entries.putIfAbsent(name.substring(0, slash + 1), null);
            }
        });
        LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(time);
                if (e.getValue() == null) {
                    // a folder: stored, empty, so no data descriptor either
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(0);
                    entry.setCompressedSize(0);
                    entry.setCrc(0);
                    zip.putNextEntry(entry);
                } else {
                    entry.setMethod(ZipEntry.DEFLATED);
                    zip.putNextEntry(entry);
                    zip.write(e.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            // writing to memory fails only on a bug
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
