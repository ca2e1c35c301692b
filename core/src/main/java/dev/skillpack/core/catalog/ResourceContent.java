package dev.skillpack.core.catalog;

import dev.skillpack.core.model.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file of a skill, read through {@link SkillCatalog#readResource}.
 *
 * @param path path inside the skill folder
 * @param bytes the bytes as packaged
 * @param isText whether they are UTF-8 text
 */
public record ResourceContent(String path, Bytes bytes, boolean isText) {

    /** Validates the fields. */
    public ResourceContent {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** @return the text of a text file without a UTF-8 byte-order mark; "" for a binary file */
    public String text() {
        if (!isText) {
            return "";
        }
        byte[] b = bytes.toByteArray();
        int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(b, start, b.length - start, StandardCharsets.UTF_8);
    }
}
