package cn.hubei.yishi.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.hubei.yishi.advisor.rules.RulesetHolder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Holds the served catalog to the seed notices, through src/test/resources/seed-catalog.tsv:
 * every entry present with its exact name, lead and cooperating units, and found by its aliases. The
 * expectations are the fixture's rows alone, with no count in Java; themes and cities that policy staff add
 * beyond the notices need no row here, only their samples.
 */
// The live policy: this check and the samples are the tests a policy edit may break.
@SpringBootTest(properties = {"advisor.rules-dir=rules", "advisor.samples-dir=samples"})
@AutoConfigureMockMvc
class SeedCatalogTest {

    record Row(String jurisdiction, String source, String id, String name, List<String> aliases, String lead,
            String cooperating) {
    }

    static List<Row> rows() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/seed-catalog.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .map(c -> new Row(c[0], c[1], c[2], c[3],
                        c[4].isEmpty() ? List.of() : Arrays.asList(c[4].split("\\|")), c[5], c[6]))
                .toList();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    RulesetHolder rules;

    @Test
    void theCatalogServesEverySeedEntry() throws Exception {
        List<Row> rows = rows();
        assertThat(rows).isNotEmpty();
        assertThat(rows).extracting(Row::id).doesNotHaveDuplicates();
        assertThat(rules.current().themes().keySet()).containsAll(rows.stream().map(Row::id).toList());
        for (Row row : rows) {
            mvc.perform(get("/api/themes")).andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.id == '" + row.id() + "')]", hasSize(1)));
        }
    }

    /**
     * Policy staff add themes and cities beyond the seed notices in rules/ alone, with no row here; such a
     * theme is held by its own samples instead.
     */
    @Test
    void aThemeBeyondTheSeedNoticesComesWithItsOwnSamples() throws Exception {
        java.util.Set<String> seeds = rows().stream().map(Row::id).collect(Collectors.toSet());
        for (String id : rules.current().themes().keySet()) {
            if (seeds.contains(id)) {
                continue;
            }
            Path dir = Path.of("samples", id);
            try (var files = Files.list(dir)) {
                assertThat(files.filter(f -> f.toString().endsWith(".yaml")).count())
                        .as("theme %s is not in the seed notices: samples/%s/ must hold its scenarios", id, id)
                        .isPositive();
            } catch (java.nio.file.NoSuchFileException e) {
                throw new AssertionError("theme " + id + " is not in the seed notices and has no samples/" + id + "/", e);
            }
        }
    }

    @Test
    void eachSeedJurisdictionServesAtLeastItsSeedEntries() throws Exception {
        Map<String, Long> expected = rows().stream()
                .collect(Collectors.groupingBy(Row::jurisdiction, TreeMap::new, Collectors.counting()));
        Map<String, Long> served = rules.current().themes().values().stream()
                .collect(Collectors.groupingBy(t -> t.theme().jurisdiction(), TreeMap::new, Collectors.counting()));
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            assertThat(served.getOrDefault(e.getKey(), 0L)).as("themes of %s", e.getKey())
                    .isGreaterThanOrEqualTo(e.getValue());
        }
    }

    @TestFactory
    Stream<DynamicTest> everySeedEntry() throws IOException {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.id() + " " + row.name(), () -> {
            var compiled = rules.current().theme(row.id());
            assertThat(compiled).as("theme %s (%s %s) is loaded", row.id(), row.jurisdiction(), row.source())
                    .isNotNull();
            Theme t = compiled.theme();
            assertThat(t.name()).isEqualTo(row.name());
            assertThat(t.jurisdiction()).isEqualTo(row.jurisdiction());
            assertThat(t.leadDepartment()).isEqualTo(row.lead());
            if (!row.cooperating().equals("*")) {
                assertThat(t.cooperatingText()).isEqualTo(row.cooperating());
            }
            assertThat(t.aliases()).containsAll(row.aliases());
            assertThat(t.matters()).isNotEmpty();
            if (!row.cooperating().equals("*") && !row.jurisdiction().equals("湖北省")) {
                // The seeds give these themes only departments: each matter belongs to one of them. A list that ends
                // in 等 is open: a matter the national standard bundle holds may belong to a department it does not
                // name, and then the theme's data says so in the matter's notes (新生儿出生一件事, 国发〔2024〕3号).
                List<String> departments = new java.util.ArrayList<>(t.cooperatingDepartments());
                departments.add(t.leadDepartment());
                boolean open = t.cooperatingText().trim().endsWith("等");
                for (ThemeMatter m : t.matters()) {
                    if (open && !departments.contains(m.department())) {
                        assertThat(m.notes()).as("notes of %s in %s, whose department %s the notice does not name",
                                m.name(), row.id(), m.department()).isNotBlank();
                        continue;
                    }
                    assertThat(m.department()).as("department of %s in %s", m.name(), row.id()).isIn(departments);
                }
            }
            for (String alias : row.aliases()) {
                mvc.perform(get("/api/themes").param("q", alias))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$[*].id", hasItem(row.id())));
            }
            mvc.perform(get("/api/themes").param("q", row.name()))
                    .andExpect(jsonPath("$[*].id", hasItem(row.id())));
        }));
    }
}
