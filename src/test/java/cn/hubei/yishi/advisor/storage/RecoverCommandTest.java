package cn.hubei.yishi.advisor.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Recover command an operator copies from the refusal runs on the H2 jar the service itself uses. */
class RecoverCommandTest {

    private static final String RECOVER = " org.h2.tools.Recover -dir /srv/data -db advisor";

    @Test
    void insideTheExecutableJarTheH2JarIsTakenOutFirst() {
        assertThat(DamagedDatabaseException.recoverCommand(
                "jar:nested:/opt/advisor/advisor.jar/!BOOT-INF/lib/h2-2.4.240.jar!/", RECOVER))
                .isEqualTo("   unzip -j /opt/advisor/advisor.jar BOOT-INF/lib/h2-2.4.240.jar -d /tmp\n"
                        + "   java -cp /tmp/h2-2.4.240.jar" + RECOVER);
    }

    @Test
    void aPlainJarIsNamedAsItIs() {
        assertThat(DamagedDatabaseException.recoverCommand("file:/root/.m2/h2-2.4.240.jar", RECOVER))
                .isEqualTo("   java -cp /root/.m2/h2-2.4.240.jar" + RECOVER);
    }

    @Test
    void theFileNextToADatabaseUrlIsItsMark() {
        H2File f = H2File.of("jdbc:h2:file:/srv/data/advisor;WRITE_DELAY=0").orElseThrow();
        assertThat(f.database()).hasToString("/srv/data/advisor.mv.db");
        assertThat(f.mark()).hasToString("/srv/data/advisor.hwm");
        assertThat(H2File.of("jdbc:h2:mem:test")).isEmpty();
        assertThat(H2File.of("jdbc:postgresql://127.0.0.1:5432/test")).isEmpty();
    }
}
