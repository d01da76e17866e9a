package cn.hubei.yishi.advisor.storage;

import java.net.URL;
import java.nio.file.Path;

/**
 * The database file is not whole: the service refuses to start. Says what happened and, the same for every
 * kind of damage, what to do; {@link DamagedDatabaseFailureAnalyzer} prints both as Boot's start-up report.
 */
public class DamagedDatabaseException extends RuntimeException {

    private final String whatHappened;
    private final String whatToDo;

    DamagedDatabaseException(String whatHappened, H2File file, Throwable cause) {
        super(whatHappened + "\n" + whatToDo(file), cause);
        this.whatHappened = whatHappened;
        this.whatToDo = whatToDo(file);
    }

    public String whatHappened() {
        return whatHappened;
    }

    public String whatToDo() {
        return whatToDo;
    }

    static String whatToDo(H2File f) {
        return """
                服务没有启动，也没有改动数据库文件：它原样留在 %1$s。请按以下步骤处理：
                1. 先把数据目录 %2$s 整个复制一份留存，再动其中的文件。
                2. 有备份时：把最近一次备份的 %3$s.mv.db 恢复到 %2$s，然后重启。备份早于高水位标记时服务仍会拒绝启动：\
                确认接受备份之后的数据已经丢失，删除 %4$s 后再启动。
                3. 没有备份时：用 H2 自带的恢复工具导出还能读出的数据（它不改动原文件，在同一目录下生成 %3$s.h2.sql，\
                可用 org.h2.tools.RunScript 导入一个新的数据库）：
                %5$s
                4. 确实要从空数据库重新开始（如全新安装）时：删除 %1$s 和 %4$s 后启动。"""
                .formatted(f.database(), f.directory(), f.name(), f.mark(), recoverCommand(f));
    }

    /** The Recover command line with the H2 jar this service runs on, taken out of the executable jar if need be. */
    static String recoverCommand(H2File f) {
        String recover = " org.h2.tools.Recover -dir " + f.directory() + " -db " + f.name();
        String location;
        try {
            URL url = Class.forName("org.h2.Driver").getProtectionDomain().getCodeSource().getLocation();
            location = url.toString();
        } catch (ClassNotFoundException | RuntimeException e) {
            location = "";
        }
        return recoverCommand(location, recover);
    }

    /** {@code location}: where the H2 classes were loaded from, a plain jar or one nested in the executable jar. */
    static String recoverCommand(String location, String recover) {
        int nested = location.indexOf("/!");
        if (location.startsWith("jar:nested:") && nested > 0) {
            // jar:nested:/opt/advisor/advisor.jar/!BOOT-INF/lib/h2-2.4.240.jar!/
            String outer = location.substring("jar:nested:".length(), nested);
            String inner = location.substring(nested + 2).replaceAll("!/?$", "");
            String jar = inner.substring(inner.lastIndexOf('/') + 1);
            return "   unzip -j " + outer + " " + inner + " -d /tmp\n   java -cp /tmp/" + jar + recover;
        }
        if (location.startsWith("file:")) {
            return "   java -cp " + Path.of(java.net.URI.create(location)) + recover;
        }
        return "   java -cp h2-<版本>.jar" + recover + "（h2 jar 在可执行 jar 的 BOOT-INF/lib/ 下）";
    }
}
