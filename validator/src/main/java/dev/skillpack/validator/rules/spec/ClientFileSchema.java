package dev.skillpack.validator.rules.spec;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON Schema (draft 2020-12) for a client's file, kept with the validator in
 * {@code dev/skillpack/validator/schemas/}, compiled once by networknt's json-schema-validator. Besides
 * validating, it answers what a finding needs from the schema itself: the keys an object may hold and the
 * hint written for a pattern. Immutable and thread-safe.
 */
final class ClientFileSchema {
    /** Where the schemas live on the classpath. */
    static final String RESOURCE_FOLDER = "/dev/skillpack/validator/schemas/";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final java.util.concurrent.ConcurrentMap<String, ClientFileSchema> COMPILED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final String name;
    private final JsonNode tree;
    private final Schema schema;

    private ClientFileSchema(String name, JsonNode tree) {
        this.name = name;
        this.tree = tree;
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(tree);
    }

    /**
     * @param name the schema's file name in the schema folder
     * @return the compiled schema, compiled once per name and kept
     * @throws IllegalStateException when it is not on the classpath (a packaging bug)
     */
    static ClientFileSchema named(String name) {
        return COMPILED.computeIfAbsent(name, ClientFileSchema::compile);
    }

    private static ClientFileSchema compile(String name) {
        String resource = RESOURCE_FOLDER + name;
        try (InputStream in = ClientFileSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + resource);
            }
            return new ClientFileSchema(name, MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }

    /** @return the schema's file name */
    String name() {
        return name;
    }

    /**
     * @param instance the file's content as a JSON tree
     * @return every schema error, in networknt's order
     */
    List<Error> validate(JsonNode instance) {
        return schema.validate(instance);
    }

    /**
     * @param error a schema error
     * @return the JSON Pointer of the instance value it is about ("" for the top level)
     */
    static String pointer(Error error) {
        StringBuilder out = new StringBuilder();
        var path = error.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.append('/').append(element instanceof Integer n ? String.valueOf(n)
                    : String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /**
     * @param error an error of a keyword that sits in an object schema, such as {@code additionalProperties}
     * @return the keys that object schema lists, in declared order
     */
    List<String> knownKeys(Error error) {
        JsonNode holder = holder(error);
        List<String> keys = new ArrayList<>();
        holder.path("properties").propertyNames().forEach(keys::add);
        return keys;
    }

    /**
     * The hint for a value: the {@code description} written on the property (beside its {@code $ref}, if any),
     * else on the schema holding the failed keyword.
     *
     * @param error an error, typically of {@code pattern}
     * @return the hint, when the schema gives one
     */
    Optional<String> hint(Error error) {
        List<String> path = segments(error.getEvaluationPath());
        if (!path.isEmpty()) {
            path.remove(path.size() - 1);
        }
        while (!path.isEmpty() && path.get(path.size() - 1).equals("$ref")) {
            path.remove(path.size() - 1);
        }
        JsonNode described = tree.at(toPointer(path)).path("description");
        if (described.isString()) {
            return Optional.of(described.asString());
        }
        JsonNode own = holder(error).path("description");
        return own.isString() ? Optional.of(own.asString()) : Optional.empty();
    }

    /** The schema object in which the error's keyword is written. */
    private JsonNode holder(Error error) {
        List<String> fragment = segments(error.getSchemaLocation().getFragment());
        if (!fragment.isEmpty()) {
            fragment.remove(fragment.size() - 1);
        }
        return tree.at(toPointer(fragment));
    }

    private static List<String> segments(com.networknt.schema.path.NodePath path) {
        List<String> out = new ArrayList<>();
        if (path == null) {
            return out;
        }
        for (int i = 0; i < path.getNameCount(); i++) {
            out.add(String.valueOf(path.getElement(i)));
        }
        return out;
    }

    private static String toPointer(List<String> segments) {
        StringBuilder out = new StringBuilder();
        segments.forEach(s -> out.append('/').append(s.replace("~", "~0").replace("/", "~1")));
        return out.toString();
    }
}
