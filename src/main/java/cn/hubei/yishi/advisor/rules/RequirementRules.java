package cn.hubei.yishi.advisor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.catalog.MaterialDef;
import cn.hubei.yishi.advisor.catalog.MatterDef;
import org.drools.template.ObjectDataCompiler;

/**
 * Turns the {@code requires:} list of a matter's data into rules, through Drools' rule templates
 * ({@code rules-templates/requirements.drt}): one rule per material, firing whenever the matter applies.
 * The result is an ordinary rule file, named after the data file it comes from, that goes through the
 * same lint and compilation as the policy's own DRL. The rules fire before the matter's written ones
 * ({@code salience 1}), as the one "申请材料" rule at the top of each matter file did, so that the checklist lists
 * materials in the order the data gives them.
 */
final class RequirementRules {

    private static final String TEMPLATE = "rules-templates/requirements.drt";

    private RequirementRules() {
    }

    /** The rule file for one matter's unconditional requirements, with its data file's path. */
    static RuleFile generate(MatterDef matter, String dataPath, List<DefinitionReader.Requirement> requirements,
            Map<String, MaterialDef> materials) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DefinitionReader.Requirement r : requirements) {
            Map<String, Object> row = new LinkedHashMap<>();
            MaterialDef material = materials.get(r.material());
            row.put("ruleName", quoted(matter.name() + "：" + (material == null ? r.material() : material.name())));
            row.put("matter", matter.id());
            row.put("material", r.material());
            if (r.copies() == 0) {
                row.put("factory", "original");
                row.put("count", r.originals());
            } else if (r.originals() == 0) {
                row.put("factory", "copy");
                row.put("count", r.copies());
            } else if (r.originals() == 1) {
                row.put("factory", "originalAndCopy");
                row.put("count", r.copies());
            } else {
                row.put("factory", "originalAndCopy");
                row.put("count", r.originals() + ", " + r.copies());
            }
            // The template drops a line whose value is empty: the note stands on a line of its own.
            row.put("note", quoted(r.note()));
            rows.add(row);
        }
        String rules;
        try (InputStream template = RequirementRules.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (template == null) {
                throw new IllegalStateException(TEMPLATE + " is not on the classpath");
            }
            rules = new ObjectDataCompiler().compile(rows, template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = "package matters." + matter.id().replace('-', '_') + "_data;\n\n"
                + "import cn.hubei.yishi.advisor.facts.*;\n\n"
                + "// Generated from " + dataPath + " (requires:); edit that file, not this text.\n"
                + rules;
        return new RuleFile(dataPath, text);
    }

    /** Names and notes come from data: inside a DRL string literal they stay text. */
    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", " ").replace("\n", " ");
    }
}
