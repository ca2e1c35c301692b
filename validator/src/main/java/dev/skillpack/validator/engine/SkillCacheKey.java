package dev.skillpack.validator.engine;

import dev.skillpack.core.history.ReleaseFacts;
import dev.skillpack.core.model.Bytes;
import dev.skillpack.core.model.ParseProblem;
import dev.skillpack.core.model.Resource;
import dev.skillpack.core.model.Skill;
import dev.skillpack.validator.config.ValidatorConfig;
import dev.skillpack.validator.internal.ToolInfo;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleConfig;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cache key of one skill's rule findings: a SHA-256 over everything those findings depend on, so a
 * key never matches stale findings.
 * <ul>
 *   <li>the tool build: version, and the size and time of each jar (or class file) holding the engine,
 *       the parser and each rule, so a rebuilt snapshot misses;</li>
 *   <li>the rules run (id and class, in order) and each one's effective settings for this skill
 *       (on or off, severity, options);</li>
 *   <li>the target, tokenizer and extra front-matter keys;</li>
 *   <li>the skill: its display path and folder name, every file's path, kind, size, executable bit and
 *       bytes, and the problems met while reading it (which also reflect the reading limits);</li>
 *   <li>its release facts (last tag, commits since), when the history rules read them.</li>
 * </ul>
 * Pack-level checks (duplicate names, say) are not cached: they run on every pack.
 */
public final class SkillCacheKey {
    private final byte[] build;

    private SkillCacheKey(byte[] build) {
        this.build = build;
    }

    /**
     * @param rules the rules the validator runs, in order
     * @param config its configuration
     * @return a key maker for that rule set and configuration
     */
    public static SkillCacheKey of(List<Rule> rules, ValidatorConfig config) {
        MessageDigest digest = sha256();
        Hashing h = new Hashing(digest);
        h.text("skillpack-cache-key-1");
        h.text(ToolInfo.version());
        Set<Class<?>> classes = new LinkedHashSet<>();
        classes.add(SkillCacheKey.class);
        classes.add(dev.skillpack.core.parse.SkillParser.class);
        rules.forEach(r -> classes.add(r.getClass()));
        Set<String> seen = new LinkedHashSet<>();
        for (Class<?> type : classes) {
            String where = origin(type);
            if (seen.add(where)) {
                h.text(where);
            }
        }
        for (Rule rule : rules) {
            h.text(rule.meta().id());
            h.text(rule.getClass().getName());
        }
        h.text(config.target().name());
        h.text(config.tokenizer().name());
        h.number(config.allowedFrontmatterKeys().size());
        config.allowedFrontmatterKeys().forEach(h::text);
        return new SkillCacheKey(digest.digest());
    }

    /**
     * @param skill a parsed skill
     * @param settings each rule's effective settings for this skill, in rule order (null: not run on it)
     * @param facts the skill's release facts when history rules read them (a new tag or commit then
     *              changes the key), else empty
     * @return the key, 64 hex digits
     */
    public String of(Skill skill, List<RuleConfig> settings, Optional<ReleaseFacts> facts) {
        MessageDigest digest = sha256();
        Hashing h = new Hashing(digest);
        digest.update(build);
        h.number(settings.size());
        for (RuleConfig config : settings) {
            if (config == null) {
                h.text("-");
                continue;
            }
            h.text(config.enabled() ? "on" : "off");
            h.text(config.severity().map(Enum::name).orElse(""));
            h.text(canonical(config.options()));
        }
        h.text(skill.path());
        h.text(skill.folderName());
        h.number(skill.resources().size());
        for (Resource r : skill.resources()) {
            h.text(r.relativePath());
            h.text(r.path());
            h.text(r.kind().name());
            h.number(r.size());
            h.text(r.executable() ? "x" : "-");
            if (r.content().isPresent()) {
                Bytes bytes = r.content().get();
                h.number(bytes.length());
                digest.update(bytes.asReadOnlyBuffer());
            } else {
                h.number(-1);
            }
        }
        h.number(skill.problems().size());
        for (ParseProblem p : skill.problems()) {
            h.text(p.code().name());
            h.text(p.message());
            h.text(p.span().toString());
        }
        h.text(facts.map(ReleaseFacts::toString).orElse("-"));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A stable text of option values: maps by key, lists in order, scalars with their type. */
    private static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, String> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
            return sorted.toString();
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(v -> items.add(canonical(v)));
            return items.toString();
        }
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }

    /** Where a class was loaded from, with that file's size and time, so a rebuild changes it. */
    private static String origin(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        URL url = type.getClassLoader() == null ? null : type.getClassLoader().getResource(resource);
        if (url == null) {
            return type.getName() + "@unknown";
        }
        try {
            Path file;
            if (url.getProtocol().equals("jar")) {
                String spec = url.getPath();
                int bang = spec.indexOf("!/");
                file = Path.of(new URL(bang < 0 ? spec : spec.substring(0, bang)).toURI());
            } else if (url.getProtocol().equals("file")) {
                file = Path.of(url.toURI());
            } else {
                return url + "@" + type.getName();
            }
            return file + "@" + Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // unknown origin: a key that differs per run (the cache never hits) is safe
            return url + "@" + System.nanoTime();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Feeds values to a digest with lengths, so no two different sequences hash alike. */
    private record Hashing(MessageDigest digest) {
        void text(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            number(utf8.length);
            digest.update(utf8);
        }

        void number(long n) {
            for (int i = 0; i < 8; i++) {
                digest.update((byte) (n >>> (8 * i)));
            }
        }
    }
}
