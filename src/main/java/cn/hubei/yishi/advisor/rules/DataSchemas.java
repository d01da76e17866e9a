package cn.hubei.yishi.advisor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

/**
 * Checks definition files against the published JSON Schemas ({@code rules/schema/*.schema.json},
 * packaged into the application as {@code rules-schema/}): the same schemas an editor checks a file
 * against while it is typed. Each error names the line and column of the value or key at fault, with
 * the schema's own Chinese {@code message} for the keyword that failed.
 */
final class DataSchemas {

    /** What a data file defines, by where it stands. */
    enum Kind {
        THEME("theme.schema.json"), VERSION("version.schema.json"), MATTER("matter.schema.json"),
        DEFINITIONS("definitions.schema.json"), JURISDICTIONS("jurisdictions.schema.json"),
        SEARCH("search.schema.json");

        final String schemaFile;

        Kind(String schemaFile) {
            this.schemaFile = schemaFile;
        }
    }

    private static final String BASE = "https://advisor.invalid/rules/schema/";
    private static final Map<Kind, Schema> SCHEMAS = load();

    private DataSchemas() {
    }

    /**
     * {@code matters/<id>.yaml} is a matter; {@code themes/<theme>/logic.yaml} holds definitions shared by
     * the theme's versions; any other {@code themes/<theme>/<place>.yaml} is one version of the theme
     * (a {@link Kind#VERSION} when it names the theme it {@code implements});
     * {@code materials/}, {@code questions/} and {@code shared/} hold shared definitions;
     * {@code jurisdictions.yaml} lists the jurisdictions in display order; {@code search.yaml} the everyday
     * words search also understands. Null elsewhere.
     */
    static Kind kindOf(String path) {
        String[] parts = path.split("/");
        if (parts.length == 2 && parts[0].equals("matters")) {
            return Kind.MATTER;
        }
        if (parts.length == 3 && parts[0].equals("themes")) {
            return parts[2].equals("logic.yaml") ? Kind.DEFINITIONS : Kind.THEME;
        }
        if (parts.length == 2 && (parts[0].equals("materials") || parts[0].equals("questions")
                || parts[0].equals("shared"))) {
            return Kind.DEFINITIONS;
        }
        if (path.equals("jurisdictions.yaml")) {
            return Kind.JURISDICTIONS;
        }
        if (path.equals("search.yaml")) {
            return Kind.SEARCH;
        }
        return null;
    }

    static List<RuleProblem> validate(DataFile file, Kind kind) {
        List<Error> errors = SCHEMAS.get(kind).validate(file.root());
        // One message per place: a value of the wrong type also fails the keywords below it.
        Map<String, RuleProblem> byPlace = new LinkedHashMap<>();
        for (Error error : errors) {
            String pointer = pointer(error.getInstanceLocation());
            DataFile.Position at;
            String place;
            if (error.getProperty() != null && "additionalProperties".equals(error.getKeyword())) {
                String member = pointer + "/" + DataFile.escape(error.getProperty());
                at = file.keyAt(member);
                place = display(error.getInstanceLocation().append(error.getProperty()));
            } else {
                at = file.at(pointer);
                place = display(error.getInstanceLocation());
            }
            String message = error.getMessage();
            // Library messages start with the JSON path; ours say it once, in the order a person reads it.
            String text = (place.isEmpty() ? "" : place + " ") + stripPath(message);
            byPlace.putIfAbsent(at.line() + ":" + at.column() + ":" + place,
                    new RuleProblem(file.path(), at.line(), at.column(), text));
        }
        return new ArrayList<>(byPlace.values());
    }

    private static String stripPath(String message) {
        if (message.startsWith("$")) {
            int colon = message.indexOf(": ");
            if (colon > 0) {
                return message.substring(colon + 2);
            }
        }
        return message;
    }

    /** JSON pointer of a node path, to find the node's position. */
    private static String pointer(NodePath path) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            b.append('/').append(element instanceof Integer n ? n.toString() : DataFile.escape(element.toString()));
        }
        return b.toString();
    }

    /** {@code materials[3].copies}: the path as policy staff read it. */
    static String display(NodePath path) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer n) {
                b.append('[').append(n).append(']');
            } else {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(element);
            }
        }
        return b.toString();
    }

    private static Map<Kind, Schema> load() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            texts.put(BASE + kind.schemaFile, resource("rules-schema/" + kind.schemaFile));
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .errorMessageKeyword("message")
                .locale(Locale.SIMPLIFIED_CHINESE)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(texts).schemaRegistryConfig(config));
        Map<Kind, Schema> schemas = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            Schema schema = registry.getSchema(SchemaLocation.of(BASE + kind.schemaFile));
            schema.initializeValidators();
            schemas.put(kind, schema);
        }
        return schemas;
    }

    private static String resource(String name) {
        try (InputStream in = DataSchemas.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath: rules/schema is packaged by the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
