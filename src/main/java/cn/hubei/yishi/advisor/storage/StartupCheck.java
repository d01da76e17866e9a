package cn.hubei.yishi.advisor.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the service first opens its H2 file database: the file is there if the mark says there was data, it
 * is not empty, every table reads back whole, and it holds at least what the high-water mark says was
 * acknowledged. H2 itself opens a truncated file at an older consistent version without a word (the probe
 * served 392 of 873 cases) and a 0-byte file as a new empty database; only the mark can tell.
 */
final class StartupCheck {

    private static final Logger log = LoggerFactory.getLogger(StartupCheck.class);
    /** H2's "database may be already in use": another process has the file, which is not damage. */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    private StartupCheck() {
    }

    static void run(H2File f, String user, String password) {
        Optional<Holdings> mark;
        try {
            mark = HighWaterMark.read(f.mark());
        } catch (IOException e) {
            throw new DamagedDatabaseException("高水位标记 %s 无法读取（%s），无法核对数据库 %s 是否完整。"
                    .formatted(f.mark(), e.getMessage(), f.database()), f, e);
        }
        if (!Files.exists(f.database())) {
            if (mark.isPresent() && !mark.get().isEmpty()) {
                throw new DamagedDatabaseException("数据库文件 %s 不存在，但高水位标记 %s 记录此前已确认保存了%s。文件可能被误删、被移走，或数据目录（advisor.data-dir）配置错了。"
                        .formatted(f.database(), f.mark(), mark.get().describe()), f, null);
            }
            log.info("数据库 {} 尚不存在：按全新安装建立。", f.database());
            return;
        }
        if (size(f) == 0) {
            throw new DamagedDatabaseException("数据库文件 %s 是空文件（0 字节），不是有效的 H2 数据库；照常启动会把它当成一个新的空数据库。%s"
                    .formatted(f.database(), mark.map(m -> "高水位标记 " + f.mark() + " 记录此前已确认保存了" + m.describe() + "。")
                            .orElse("")), f, null);
        }
        Holdings held = readWhole(f, user, password);
        if (mark.isEmpty()) {
            log.info("数据库 {} 通过启动检查（{}）；尚无高水位标记，将按当前内容建立 {}。", f.database(), held.describe(), f.mark());
        } else if (!held.holdsAtLeast(mark.get())) {
            throw new DamagedDatabaseException("数据库文件 %s 缺少已确认保存的数据：高水位标记 %s 记录至少应有%s，数据库里只有%s。文件可能被截断、被一份较旧的副本覆盖，或在磁盘故障中损坏。"
                    .formatted(f.database(), f.mark(), mark.get().describe(), held.describe()), f, null);
        } else {
            log.info("数据库 {} 通过启动检查：{}。", f.database(), held.describe());
        }
    }

    private static long size(H2File f) {
        try {
            return Files.size(f.database());
        } catch (IOException e) {
            throw new DamagedDatabaseException("数据库文件 %s 无法读取（%s）。".formatted(f.database(), e.getMessage()), f, e);
        }
    }

    /** Reads every row of every table, read-only, and what it holds; any failure is damage. */
    private static Holdings readWhole(H2File f, String user, String password) {
        Properties credentials = new Properties();
        credentials.setProperty("user", user == null ? "" : user);
        credentials.setProperty("password", password == null ? "" : password);
        try (Connection c = h2().connect(f.readOnlyUrl(), credentials)) {
            for (String table : Holdings.tables(c)) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
            return Holdings.of(c);
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new IllegalStateException("数据库文件 %s 正被另一个进程使用（同一数据目录上是否已有一个服务在运行？），服务未启动。"
                        .formatted(f.database()), e);
            }
            throw unreadable(f, e);
        } catch (RuntimeException e) {
            throw unreadable(f, e);
        }
    }

    private static DamagedDatabaseException unreadable(H2File f, Exception e) {
        return new DamagedDatabaseException("数据库文件 %s 已损坏，无法完整读出（H2 报告：%s）。"
                .formatted(f.database(), e.getMessage()), f, e);
    }

    private static Driver h2() {
        try {
            return (Driver) Class.forName("org.h2.Driver").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("H2 驱动不在类路径上", e);
        }
    }
}
