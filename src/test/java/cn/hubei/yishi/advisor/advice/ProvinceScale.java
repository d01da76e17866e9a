package cn.hubei.yishi.advisor.advice;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.stream.Stream;

import cn.hubei.yishi.advisor.AdvisorApplication;
import cn.hubei.yishi.advisor.rules.ReloadReport;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetHolder;
import cn.hubei.yishi.advisor.testing.TestFiles;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Province scale (issue 15): a rules directory with {@code N} synthetic jurisdictions, each implementing every
 * theme of the bundled catalog (one short version file per theme, as a city would write it), about 8,000 theme
 * versions for N = 120. Prints the server's start-up, the rules load, heap after a full GC, metaspace, resident
 * memory, the KieBases built, one changed theme's reload, and the largest theme's evaluation against the same
 * evaluation with the bundled 88 themes, measured in the same run.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:exec -Dbench.main=cn.hubei.yishi.advisor.advice.ProvinceScale -Dbench.args=120</pre>
 */
public final class ProvinceScale {

    private static final String THEME = "hh-pharmacy";
    private static final String SAMPLE = "02-company-otc-sign-tax.yaml";

    private ProvinceScale() {
    }

    public static void main(String[] args) throws Exception {
        int cities = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        Path root = Files.createTempDirectory("province-scale");
        Path rules = root.resolve("rules");
        int versions = generate(rules, cities);
        Path emptySamples = Files.createDirectories(root.resolve("samples"));
        System.out.printf("generated %d synthetic jurisdictions, %d version files, in %s%n", cities, versions, rules);

        long started = System.nanoTime();
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(AdvisorApplication.class)
                .run("--server.port=0", "--advisor.rules-dir=" + rules, "--advisor.samples-dir=" + emptySamples,
                        "--advisor.watch-rules=false", "--advisor.data-dir=" + root.resolve("data"),
                        "--logging.level.root=WARN")) {
            long startMillis = (System.nanoTime() - started) / 1_000_000;
            RulesetHolder holder = server.getBean(RulesetHolder.class);
            Ruleset rs = holder.current();
            IdentityHashMap<Object, Boolean> kieBases = new IdentityHashMap<>();
            rs.themes().values().forEach(t -> kieBases.put(t.kieBase(), true));
            System.out.printf("start-up: %d ms; themes served: %d; KieBases: %d; problems: %d%n", startMillis,
                    rs.themes().size(), kieBases.size(), rs.problems().size());
            rs.problems().stream().limit(5).forEach(p -> System.out.println("  problem: " + p));
            memory("after start");

            Path logic = rules.resolve("themes/barber-shop/logic.drl");
            Files.writeString(logic, Files.readString(logic) + "\n// a comment changes the file\n");
            long reloadStarted = System.nanoTime();
            ReloadReport report = holder.reload("bench");
            System.out.printf("reload after one theme's logic changed: %d ms (published %s)%n",
                    (System.nanoTime() - reloadStarted) / 1_000_000, report.published());
            if (!report.published()) {
                System.out.println("  " + report.summary());
            }
        }

        BenchmarkFixture scaled = new BenchmarkFixture(rules, Path.of("samples"), THEME, SAMPLE);
        BenchmarkFixture bundled = new BenchmarkFixture(Path.of("rules"), Path.of("samples"), THEME, SAMPLE);
        Evaluator evaluator = new Evaluator(10_000);
        // Alternate the two, so that both see the same machine.
        for (int round = 0; round < 3; round++) {
            long[] a = time(evaluator, bundled, 20_000);
            long[] b = time(evaluator, scaled, 20_000);
            System.out.printf("round %d %s evaluation: bundled 88 themes p50 %.1f µs p99 %.1f µs; %d versions p50 %.1f µs"
                    + " p99 %.1f µs (p50 ratio %.2f)%n", round, THEME, a[0] / 1000.0, a[1] / 1000.0,
                    scaled.ruleset.themes().size(), b[0] / 1000.0, b[1] / 1000.0, (double) b[0] / a[0]);
        }
    }

    private static long[] time(Evaluator evaluator, BenchmarkFixture f, int n) {
        for (int i = 0; i < n; i++) {
            evaluator.evaluate(f.ruleset, f.theme, f.input);
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            evaluator.evaluate(f.ruleset, f.theme, f.input);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return new long[] {nanos[n / 2], nanos[n * 99 / 100]};
    }

    private static void memory(String when) throws IOException {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long metaspace = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals("Metaspace")) {
                metaspace = pool.getUsage().getUsed();
            }
        }
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        System.out.printf("%s: heap after full GC %d MB, metaspace %d MB, %s%n", when, heap >> 20, metaspace >> 20, rss);
    }

    private static Path ownDrl(Path themeFile) {
        return themeFile.resolveSibling(themeFile.getFileName().toString().replace(".yaml", ".drl"));
    }

    /** Copies the bundled rules and adds, per synthetic jurisdiction, a version of every full theme. */
    private static int generate(Path rules, int cities) throws IOException {
        TestFiles.copyTree(Path.of("rules"), rules);
        List<Path> fullThemes = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(rules.resolve("themes"), 2)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("logic.yaml")).sorted().toList()) {
                if (Files.readAllLines(p).stream().noneMatch(l -> l.startsWith("implements:"))) {
                    fullThemes.add(p);
                }
            }
        }
        // One base per folder: the province's where there is one, else a version without logic of its own;
        // where every version has its own logic (<place>.drl), the city copies it and gets its own KieBase.
        List<Path> bases = new ArrayList<>();
        for (Path p : fullThemes) {
            if (bases.stream().noneMatch(b -> b.getParent().equals(p.getParent()))) {
                Path hubei = p.getParent().resolve("hubei.yaml");
                Path plain = fullThemes.stream().filter(t -> t.getParent().equals(p.getParent()) && !Files.exists(ownDrl(t)))
                        .findFirst().orElse(p);
                bases.add(Files.exists(hubei) ? hubei : plain);
            }
        }
        StringBuilder jurisdictions = new StringBuilder(Files.readString(rules.resolve("jurisdictions.yaml")));
        int written = 0;
        for (int c = 1; c <= cities; c++) {
            String place = "合成" + c + "市";
            jurisdictions.append("  - {name: ").append(place).append(", id: city").append(c).append("}\n");
            for (Path base : bases) {
                String baseId = Files.readAllLines(base).stream().filter(l -> l.startsWith("id:")).findFirst()
                        .orElseThrow().substring(3).trim();
                String folder = base.getParent().getFileName().toString();
                Files.writeString(base.getParent().resolve("c" + c + ".yaml"), """
                        implements: %s
                        id: c%d-%s
                        jurisdiction: %s
                        lead: %s政务服务和大数据管理局
                        source: 合成数据（性能测试）
                        department: %s相关部门
                        """.formatted(baseId, c, folder, place, place, place));
                if (Files.exists(ownDrl(base))) {
                    String drl = Files.readString(ownDrl(base));
                    Files.writeString(base.getParent().resolve("c" + c + ".drl"),
                            drl.replaceFirst("(?m)^package\\s+([\\w.]+)", "package $1_c" + c));
                }
                written++;
            }
        }
        Files.writeString(rules.resolve("jurisdictions.yaml"), jurisdictions.toString());
        return written;
    }
}
