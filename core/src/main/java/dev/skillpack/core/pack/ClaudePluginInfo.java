package dev.skillpack.core.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What goes into a Claude Code plugin's {@code .claude-plugin/plugin.json} and into the entry that lists it
 * in a {@code marketplace.json}. Only {@code name} is required; fields left empty are left out of the
 * JSON. Build with {@link #builder(String)}.
 */
public final class ClaudePluginInfo {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Map<String, String> fields;
    private final Map<String, String> author;
    private final String marketplaceName;
    private final String ownerName;

    private ClaudePluginInfo(Builder b) {
        this.fields = Map.copyOf(b.fields);
        this.author = Map.copyOf(b.author);
        this.marketplaceName = b.marketplaceName.isEmpty() ? b.fields.get("name") : b.marketplaceName;
        this.ownerName = b.ownerName.isEmpty() ? b.author.getOrDefault("name", b.fields.get("name")) : b.ownerName;
    }

    /**
     * @param name the plugin's name: lower-case letters, digits and single hyphens
     * @return a builder
     * @throws IllegalArgumentException when the name is not kebab-case
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return the plugin's name */
    public String name() {
        return fields.get("name");
    }

    /** @return the name of the one-plugin marketplace written beside the plugin */
    public String marketplaceName() {
        return marketplaceName;
    }

    /** @return the {@code .claude-plugin/plugin.json} fields, in the order Claude Code documents them */
    Map<String, Object> manifest() {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String key : List.of("name", "version", "description")) {
            if (fields.containsKey(key)) {
                json.put(key, fields.get(key));
            }
        }
        if (!author.isEmpty()) {
            Map<String, Object> a = new LinkedHashMap<>();
            for (String key : List.of("name", "email", "url")) {
                if (author.containsKey(key)) {
                    a.put(key, author.get(key));
                }
            }
            json.put("author", a);
        }
        for (String key : List.of("homepage", "repository", "license")) {
            if (fields.containsKey(key)) {
                json.put(key, fields.get(key));
            }
        }
        return json;
    }

    /**
     * @param source where the marketplace finds the plugin, e.g. {@code ./} for a plugin at its root
     * @return the plugin's entry in a marketplace's {@code plugins} list
     */
    Map<String, Object> marketplaceEntry(String source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name());
        json.put("source", source);
        Map<String, Object> manifest = manifest();
        manifest.remove("name");
        json.putAll(manifest);
        return json;
    }

    /** @return a whole {@code marketplace.json} listing this one plugin at its root */
    Map<String, Object> marketplace() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", marketplaceName);
        json.put("owner", Map.of("name", ownerName));
        json.put("plugins", List.of(marketplaceEntry("./")));
        return json;
    }

    /** Collects the fields of a {@link ClaudePluginInfo}. */
    public static final class Builder {
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final Map<String, String> author = new LinkedHashMap<>();
        private String marketplaceName = "";
        private String ownerName = "";

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            if (!KEBAB.matcher(name).matches() || name.length() > 64) {
                throw new IllegalArgumentException("plugin name '" + name.replaceAll("\\p{Cntrl}", "?") + "' must be "
                        + "1-64 lower-case letters, digits and single hyphens, e.g. security-skills");
            }
            fields.put("name", name);
        }

        /**
         * @param version e.g. {@code 1.2.0}; "" leaves it out
         * @return this builder
         */
        public Builder version(String version) {
            return put(fields, "version", version);
        }

        /**
         * @param description one sentence; "" leaves it out
         * @return this builder
         */
        public Builder description(String description) {
            return put(fields, "description", description);
        }

        /**
         * @param name the author's name; "" leaves the author out
         * @param email "" leaves it out
         * @param url "" leaves it out
         * @return this builder
         */
        public Builder author(String name, String email, String url) {
            author.clear();
            if (!name.isBlank()) {
                put(author, "name", name);
                put(author, "email", email);
                put(author, "url", url);
            }
            return this;
        }

        /**
         * @param homepage "" leaves it out
         * @return this builder
         */
        public Builder homepage(String homepage) {
            return put(fields, "homepage", homepage);
        }

        /**
         * @param repository "" leaves it out
         * @return this builder
         */
        public Builder repository(String repository) {
            return put(fields, "repository", repository);
        }

        /**
         * @param license an SPDX id such as {@code Apache-2.0}; "" leaves it out
         * @return this builder
         */
        public Builder license(String license) {
            return put(fields, "license", license);
        }

        /**
         * @param name the marketplace's name; by default the plugin's
         * @param owner the marketplace owner's name; by default the author's, else the plugin's name
         * @return this builder
         */
        public Builder marketplace(String name, String owner) {
            this.marketplaceName = Objects.requireNonNull(name, "name").strip();
            this.ownerName = Objects.requireNonNull(owner, "owner").strip();
            return this;
        }

        private Builder put(Map<String, String> map, String key, String value) {
            Objects.requireNonNull(value, key);
            if (value.isBlank()) {
                map.remove(key);
            } else {
                map.put(key, value.strip());
            }
            return this;
        }

        /** @return the plugin info */
        public ClaudePluginInfo build() {
            return new ClaudePluginInfo(this);
        }
    }
}
