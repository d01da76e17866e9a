package cn.hubei.yishi.advisor.rules;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML definition file (theme, matter, materials, questions) read into a tree, with where each value
 * and each key stands in the text, so that a problem found in the tree (by the schema or by the reader)
 * points policy staff at the line and column of the mistake.
 *
 * @param root   the document, or null when it does not parse
 * @param values position of the value at each JSON pointer ({@code /materials/3/name})
 * @param keys   position of the key of the member at each JSON pointer
 */
record DataFile(String path, String text, JsonNode root, Map<String, Position> values, Map<String, Position> keys,
        RuleProblem syntaxError) {

    record Position(int line, int column) {
    }

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static DataFile read(String path, String text) {
        Map<String, Position> values = new HashMap<>();
        Map<String, Position> keys = new HashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            JsonNode root = first == null ? NODES.objectNode() : value(parser, "", values, keys, path);
            if (parser.nextToken() != null) {
                Position at = position(parser.currentTokenLocation());
                return failed(path, text, new RuleProblem(path, at.line(), at.column(), "一个文件只能写一份内容（不要用 --- 分隔多份）"));
            }
            return new DataFile(path, text, root, values, keys, null);
        } catch (Duplicate e) {
            return failed(path, text, new RuleProblem(path, e.at.line(), e.at.column(), "「" + e.key + "」写了两次"));
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            Position at = location == null ? new Position(0, 0) : position(location);
            return failed(path, text, new RuleProblem(path, at.line(), at.column(),
                    "YAML 写法有误（常见原因：缩进不齐、冒号后少了空格、引号不成对、用了 Tab 缩进）：" + e.getOriginalMessage()));
        }
    }

    private static DataFile failed(String path, String text, RuleProblem problem) {
        return new DataFile(path, text, null, Map.of(), Map.of(), problem);
    }

    private static JsonNode value(JsonParser p, String pointer, Map<String, Position> values,
            Map<String, Position> keys, String path) {
        values.put(pointer, position(p.currentTokenLocation()));
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    String child = pointer + "/" + escape(name);
                    Position at = position(p.currentTokenLocation());
                    if (object.has(name)) {
                        throw new Duplicate(name, at);
                    }
                    keys.put(child, at);
                    p.nextToken();
                    object.set(name, value(p, child, values, keys, path));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p, pointer + "/" + i++, values, keys, path));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.stringNode(p.getString());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(p.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }

    /** JSON pointer escaping (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static Position position(TokenStreamLocation location) {
        return new Position(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }

    boolean ok() {
        return root != null;
    }

    /** Where the value at {@code pointer} stands, or its nearest enclosing value. */
    Position at(String pointer) {
        String p = pointer;
        while (true) {
            Position found = values.get(p);
            if (found != null || p.isEmpty()) {
                return found == null ? new Position(1, 1) : found;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Where the key of the member at {@code pointer} stands, else where its value does. */
    Position keyAt(String pointer) {
        Position found = keys.get(pointer);
        return found != null ? found : at(pointer);
    }

    RuleProblem problem(String pointer, String message) {
        Position at = at(pointer);
        return new RuleProblem(path, at.line(), at.column(), message);
    }

    private static final class Duplicate extends RuntimeException {
        final String key;
        final Position at;

        Duplicate(String key, Position at) {
            super(null, null, false, false);
            this.key = key;
            this.at = at;
        }
    }
}
