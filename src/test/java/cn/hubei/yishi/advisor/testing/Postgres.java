package cn.hubei.yishi.advisor.testing;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL these machines run on 127.0.0.1:5432 (trust auth, database test). Tests against it
 * are skipped where nothing answers there, and each works in a schema of its own.
 */
public final class Postgres {

    private Postgres() {
    }

    public static void assumeReachable() {
        Assumptions.assumeTrue(reachable(), "no PostgreSQL on 127.0.0.1:5432: PostgreSQL test skipped");
    }

    /** A fresh schema name for one test class. */
    public static String newSchema(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** Command-line arguments that point the server at that schema, created by Flyway. */
    public static String[] serverArgs(String schema) {
        return new String[] {"--server.port=0", "--advisor.watch-rules=false",
            "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema,
            "--spring.datasource.username=postgres", "--spring.flyway.schemas=" + schema,
            "--spring.flyway.create-schemas=true"};
    }

    private static boolean reachable() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
