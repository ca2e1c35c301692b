package dev.skillpack.validator.rules.spec;

import dev.skillpack.core.model.PackTree;
import dev.skillpack.core.model.SkillPack;
import dev.skillpack.core.model.TextFile;
import dev.skillpack.validator.rule.Category;
import dev.skillpack.validator.rule.Rule;
import dev.skillpack.validator.rule.RuleContext;
import dev.skillpack.validator.rule.RuleMeta;
import dev.skillpack.validator.rule.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * SP033: a path in a Claude Code marketplace or plugin manifest names nothing in the pack. A local plugin
 * {@code source} in {@code .claude-plugin/marketplace.json} ({@code "./plugins/review"}) resolves against the
 * marketplace's folder (the one holding {@code .claude-plugin/}); the component paths of a plugin
 * ({@code commands}, {@code agents}, {@code skills}, {@code outputStyles}, and {@code hooks}, {@code mcpServers},
 * {@code lspServers} when given as paths) resolve against the plugin's folder. A source with {@code ..} is refused
 * by Claude Code, and a component path that leaves the plugin's folder breaks once the plugin is installed (only
 * the plugin's folder is copied). Whether a path exists is read from the pack's listing
 * ({@link SkillPack#tree()}), never from the file system; a path under a folder the listing skipped is not judged.
 * Forms SP032 already reports (a path not starting with {@code ./}, invalid JSON) are left to it.
 */
public final class PluginPathRule implements Rule {
    private static final RuleMeta META = RuleMeta.of("SP033", "claude-plugin-path-missing", Category.SPEC,
            Severity.ERROR, "A plugin source in marketplace.json or a component path in plugin.json names no file or "
                    + "folder in the pack, or leaves the folder Claude Code installs.");
    /** The component fields of plugin.json (and of a marketplace entry), per the Claude Code plugins reference. */
    private static final List<String> COMPONENTS = List.of("commands", "agents", "skills", "outputStyles", "hooks",
            "mcpServers", "lspServers");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void checkPack(SkillPack pack, RuleContext context) {
        for (TextFile file : pack.clientFiles()) {
            JsonLocations json;
            try {
                json = JsonLocations.read(file);
            } catch (JacksonException e) {
                continue; // SP032 reports it
            }
            if (!json.tree().isObject()) {
                continue;
            }
            String path = file.relativePath();
            String base = folderOf(folderOf(path)); // the folder holding .claude-plugin/
            if (path.endsWith("marketplace.json")) {
                marketplace(json, base, pack.tree(), context);
            } else {
                components(json, "", "plugin.json", base, pack.tree(), context);
            }
        }
    }

    private static void marketplace(JsonLocations json, String base, PackTree tree, RuleContext context) {
        JsonNode pluginRoot = json.tree().at("/metadata/pluginRoot");
        JsonNode plugins = json.tree().path("plugins");
        for (int i = 0; i < plugins.size(); i++) {
            JsonNode source = plugins.get(i).path("source");
            if (!source.isString()) {
                continue; // github, url, npm, ...: nothing in the pack
            }
            String pointer = "/plugins/" + i + "/source";
            String written = source.asString();
            String label = "marketplace.json 'plugins[" + i + "].source' is \"" + written + "\"";
            String relative;
            if (written.startsWith("./") || written.equals(".")) {
                relative = written;
            } else if (pluginRoot.isString()) {
                relative = pluginRoot.asString() + "/" + written;
            } else {
                continue; // SP032: a local source starts with ./
            }
            if (List.of(relative.split("/")).contains("..")) {
                context.report(json.value(pointer), label + "; Claude Code refuses '..' in a local source (path "
                        + "traversal). Keep the plugin inside the marketplace's folder and name it from there");
                continue;
            }
            Optional<String> resolved = resolve(base, relative, base);
            if (resolved.isEmpty()) {
                continue;
            }
            PackTree.Kind kind = tree.kind(resolved.get());
            if (kind == PackTree.Kind.NOTHING) {
                context.report(json.value(pointer), label + ", but " + shown(resolved.get())
                        + " is not in the pack; Claude Code cannot install the plugin. Fix the path or add the folder");
            } else if (kind == PackTree.Kind.FILE) {
                context.report(json.value(pointer), label + ", which is a file; a local source names the "
                        + "plugin's folder");
            } else {
                components(json, "/plugins/" + i, "marketplace.json 'plugins[" + i + "]", resolved.get(), tree,
                        context);
            }
        }
    }

    /** The component paths of one plugin, at {@code at} in the file, resolved against the plugin's folder. */
    private static void components(JsonLocations json, String at, String where, String plugin, PackTree tree,
                                   RuleContext context) {
        JsonNode holder = json.tree().at(at);
        for (String field : COMPONENTS) {
            JsonNode value = holder.path(field);
            if (value.isString()) {
                component(json, at + "/" + field, label(where, field), value.asString(), plugin, tree, context);
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (value.get(i).isString()) {
                        component(json, at + "/" + field + "/" + i, label(where, field + "[" + i + "]"),
                                value.get(i).asString(), plugin, tree, context);
                    }
                }
            }
        }
    }

    private static void component(JsonLocations json, String pointer, String label, String written, String plugin,
                                  PackTree tree, RuleContext context) {
        if (!written.startsWith("./") || written.contains("${")) {
            return; // SP032 reports the form; a variable is resolved by Claude Code at run time
        }
        Optional<String> resolved = resolve(plugin, written, plugin);
        String described = label + " is \"" + written + "\"";
        if (resolved.isEmpty()) {
            context.report(json.value(pointer), described + ", which leaves the plugin's folder; Claude Code copies "
                    + "only that folder when it installs the plugin, so the path breaks. Move the file into the plugin");
            return;
        }
        if (tree.kind(resolved.get()) == PackTree.Kind.NOTHING) {
            context.report(json.value(pointer), described + ", but " + shown(resolved.get()) + " is not in the "
                    + "pack; Claude Code loads nothing from it. Fix the path or add the file");
        }
    }

    private static String label(String where, String field) {
        return where.contains("'") ? where + "." + field + "'" : where + " '" + field + "'";
    }

    /**
     * @param base the folder the path is relative to
     * @param relative the path as written ("./x/y/", "./", ".")
     * @param fence the folder the result must stay in
     * @return the normalised path inside the pack, or empty when it leaves the fence
     */
    static Optional<String> resolve(String base, String relative, String fence) {
        Deque<String> parts = new ArrayDeque<>();
        if (!base.isEmpty()) {
            for (String part : base.split("/")) {
                parts.addLast(part);
            }
        }
        for (String part : relative.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        String result = String.join("/", parts);
        boolean inside = fence.isEmpty() || result.equals(fence) || result.startsWith(fence + "/");
        return inside ? Optional.of(result) : Optional.empty();
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String shown(String path) {
        return path.isEmpty() ? "the pack's folder" : path;
    }
}
