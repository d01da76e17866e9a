package cn.hubei.yishi.advisor.rules;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.hubei.yishi.advisor.testing.TestFiles;

/**
 * Reloads the whole catalog many times, each time after changing one theme's file, and prints the
 * reload time and, every 25 reloads, heap, metaspace and loaded classes after a full GC: superseded
 * KieBases and their generated classes must be collected. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=cn.hubei.yishi.advisor.rules.ReloadSoak -Dbench.args=200}.
 */
public final class ReloadSoak {

    public static void main(String[] args) throws IOException, InterruptedException {
        int reloads = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path rules = Files.createTempDirectory("soak").resolve("rules");
        TestFiles.copyTree(Path.of("rules"), rules);
        RulesetHolder holder = new RulesetHolder(rules.toString(), "samples", 10_000);
        Path logic = rules.resolve("themes/graduate-employment/logic.drl");
        String original = Files.readString(logic);
        System.out.printf("%8s %12s %12s %14s %10s%n", "reload", "reload ms", "heap MB", "metaspace MB", "classes");
        long totalMillis = 0;
        for (int i = 1; i <= reloads; i++) {
            Files.writeString(logic, original + "\n// soak " + i + "\n");
            ReloadReport report = holder.reload("soak");
            if (!report.published()) {
                throw new IllegalStateException("reload " + i + " not published: " + report.summary());
            }
            if (i > 10) {
                totalMillis += report.millis();
            }
            if (i == 1 || i % 25 == 0) {
                gc();
                System.out.printf("%8d %12d %12.1f %14.1f %10d%n", i, report.millis(), heapMb(), metaspaceMb(),
                        ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
            }
        }
        System.out.printf("mean reload of one changed theme after the first 10: %.0f ms%n",
                (double) totalMillis / Math.max(1, reloads - 10));
    }

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }

    private static double heapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    private static double metaspaceMb() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals("Metaspace")) {
                return pool.getUsage().getUsed() / 1048576.0;
            }
        }
        return -1;
    }
}
