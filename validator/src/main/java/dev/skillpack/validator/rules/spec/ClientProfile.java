package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.LineMap;
import dev.skillpack.core.model.YamlEntry;
import dev.skillpack.core.model.YamlMapping;
import dev.skillpack.core.model.YamlScalar;
import dev.skillpack.core.parse.ParseLimits;
import dev.skillpack.core.parse.SafeYaml;
import dev.skillpack.validator.rule.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one client reads beyond the Agent Skills spec: extra top-level front-matter keys with their types
 * and values, and an optional configuration file beside SKILL.md. Loaded once from the data files in
 * {@code dev/skillpack/validator/profiles/<target>.yaml}, which cite the client documentation they follow;
 * update those files, not this class, when a client adds a key. Immutable and thread-safe.
 */
final class ClientProfile {
    /** Where the profile data files live on the classpath. */
    static final String RESOURCE_FOLDER = "/dev/skillpack/validator/profiles/";

    private static final Map<Target, ClientProfile> PROFILES = loadAll();

    /**
     * A client's configuration file beside SKILL.md.
     *
     * @param path its path inside the skill, e.g. {@code agents/openai.yaml}
     * @param schemaName what it may hold: the file name of a JSON Schema kept with the validator
     */
    record AgentConfig(String path, String schemaName) {
        /**
         * @return the compiled schema, made on first use: most skills have no such file, and compiling
         *         loads Jackson and the schema library
         */
        ClientFileSchema schema() {
            return ClientFileSchema.named(schemaName);
        }
    }

    private final Target target;
    private final String client;
    private final Map<String, FieldSchema> frontmatter;
    private final AgentConfig agentConfig;

    private ClientProfile(Target target, String client, Map<String, FieldSchema> frontmatter, AgentConfig agentConfig) {
        this.target = target;
        this.client = client;
        this.frontmatter = Collections.unmodifiableMap(new LinkedHashMap<>(frontmatter));
        this.agentConfig = agentConfig;
    }

    /**
     * @param target a target
     * @return its profile
     */
    static ClientProfile of(Target target) {
        return PROFILES.get(target);
    }

    /**
     * @param key a top-level front-matter key
     * @return the profiles that define it, in target order
     */
    static List<ClientProfile> defining(String key) {
        return PROFILES.values().stream().filter(p -> p.frontmatter.containsKey(key)).toList();
    }

    /** @return every profile, in target order */
    static List<ClientProfile> all() {
        return List.copyOf(PROFILES.values());
    }

    /** @return the target this profile describes */
    Target target() {
        return target;
    }

    /** @return the client's name for messages, e.g. "Claude Code" */
    String client() {
        return client;
    }

    /** @return the extra top-level front-matter keys the client reads, with their schemas, in declared order */
    Map<String, FieldSchema> frontmatter() {
        return frontmatter;
    }

    /** @return the client's configuration file beside SKILL.md, if it has one */
    Optional<AgentConfig> agentConfig() {
        return Optional.ofNullable(agentConfig);
    }

    private static Map<Target, ClientProfile> loadAll() {
        Map<Target, ClientProfile> result = new EnumMap<>(Target.class);
        for (Target target : Target.values()) {
            result.put(target, load(target));
        }
        return Collections.unmodifiableMap(result);
    }

    /** A schema's name, once it is known to be on the classpath (compiling it waits for first use). */
    private static String existingSchema(String name) {
        if (ClientProfile.class.getResource(ClientFileSchema.RESOURCE_FOLDER + name) == null) {
            throw new IllegalStateException("missing schema " + ClientFileSchema.RESOURCE_FOLDER + name);
        }
        return name;
    }

    private static ClientProfile load(Target target) {
        String resource = RESOURCE_FOLDER + target.id() + ".yaml";
        String text;
        try (InputStream in = ClientProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing profile data " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read profile data " + resource, e);
        }
        SafeYaml.Result parsed = new SafeYaml(ParseLimits.defaults())
                .read(LineMap.of(resource, text), text, 0, text.length(), resource);
        if (!parsed.problems().isEmpty() || parsed.root().isEmpty()) {
            throw new IllegalStateException("malformed profile data " + resource + ": " + parsed.problems());
        }
        YamlMapping root = parsed.root().get();
        String client = root.entry("client").map(e -> ((YamlScalar) e.value()).text())
                .orElseThrow(() -> new IllegalStateException("no client name in " + resource));
        Map<String, FieldSchema> frontmatter = new LinkedHashMap<>();
        root.entry("frontmatter").map(YamlEntry::value).flatMap(Fields::mapping).ifPresent(m -> m.entries()
                .forEach(e -> frontmatter.put(e.key(), FieldSchema.parse(e.value(), resource + ": " + e.key()))));
        AgentConfig agentConfig = root.entry("agent-config").map(YamlEntry::value).flatMap(Fields::mapping)
                .map(m -> new AgentConfig(
                        m.entry("path").map(e -> ((YamlScalar) e.value()).text())
                                .orElseThrow(() -> new IllegalStateException("agent-config without path in " + resource)),
                        existingSchema(m.entry("schema").map(e -> ((YamlScalar) e.value()).text())
                                .orElseThrow(() -> new IllegalStateException("agent-config without schema in "
                                        + resource)))))
                .orElse(null);
        return new ClientProfile(target, client, frontmatter, agentConfig);
    }
}
