package cn.hubei.yishi.advisor.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import cn.hubei.yishi.advisor.AdvisorApplication;
import cn.hubei.yishi.advisor.precheck.SubmissionStore;
import cn.hubei.yishi.advisor.testing.HttpTestClient;
import cn.hubei.yishi.advisor.testing.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database file that lost data is refused at start with a Chinese report of what happened and what to do,
 * and left as it was; a whole one starts and serves every case. Each test starts the real server on its own
 * copy of a data directory a first server filled with cases and closed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class DamagedDatabaseTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CASES = 40;
    private Path filled;

    @BeforeAll
    void fillADatabaseAndStop() throws Exception {
        filled = Files.createTempDirectory("storage-filled");
        assertThat(filled.resolve("advisor.mv.db")).doesNotExist();
        // A fresh install: no database, no mark. H2 compacts the file when it closes, moving the live data to the
        // front; on a quiet machine half the file is then free space, and cutting it loses nothing. Without the
        // compaction the file ends as after a crash, with the latest changes in its second half.
        try (ConfigurableApplicationContext app = start(filled,
                "--spring.datasource.url=jdbc:h2:file:" + filled + "/advisor;WRITE_DELAY=0;MAX_COMPACT_TIME=0")) {
            HttpTestClient http = client(app);
            for (int i = 0; i < CASES; i++) {
                HttpResponse<String> opened = clerk(http, "POST", "/api/cases", """
                        {"themeId": "tm-restaurant", "applicant": {"name": "储%d", "idNumber": "%s", "phone": "13800001111"}}"""
                        .formatted(i, idNumber(i)));
                assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
                long id = JSON.readTree(opened.body()).path("id").asLong();
                HttpResponse<String> corrected = clerk(http, "PUT", "/api/cases/" + id + "/applicant", """
                        {"version": 0, "applicant": {"name": "储%d改", "idNumber": "%s", "phone": "13800002222"}}"""
                        .formatted(i, idNumber(i)));
                assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
            }
            app.getBean(SubmissionStore.class).store("tm-restaurant", "a.has-business-licence=false", "test");
        }
        assertThat(filled.resolve("advisor.hwm")).content().contains("cases=" + CASES).contains("case-events=" + 2 * CASES);
    }

    @Test
    void aWholeDatabaseRestartsAndServesEveryCase() throws Exception {
        Path data = copy();
        try (ConfigurableApplicationContext app = start(data)) {
            HttpResponse<String> all = clerk(client(app), "GET", "/api/cases", null);
            assertThat(all.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(all.body()).size()).isEqualTo(CASES);
        }
    }

    @Test
    void aFileTruncatedToHalfIsRefused(CapturedOutput output) throws Exception {
        Path data = copy();
        Path db = data.resolve("advisor.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        byte[] damaged = Files.readAllBytes(db);
        assertThat(assertRefused(data, output)).containsAnyOf("缺少已确认保存的数据", "已损坏，无法完整读出");
        assertThat(Files.readAllBytes(db)).as("the file is left as it was").isEqualTo(damaged);
    }

    @Test
    void anEmptiedFileIsRefused(CapturedOutput output) throws Exception {
        Path data = copy();
        Files.write(data.resolve("advisor.mv.db"), new byte[0]);
        String report = assertRefused(data, output);
        assertThat(report).contains("是空文件（0 字节）").contains("案件 " + CASES + " 件");
        assertThat(data.resolve("advisor.mv.db")).isEmptyFile();
    }

    @Test
    void aDeletedFileIsRefusedWhileTheMarkSaysThereWasData(CapturedOutput output) throws Exception {
        Path data = copy();
        Files.delete(data.resolve("advisor.mv.db"));
        String report = assertRefused(data, output);
        assertThat(report).contains("不存在").contains("案件 " + CASES + " 件");
        assertThat(data.resolve("advisor.mv.db")).as("no empty database was created in its place").doesNotExist();
    }

    /** The server does not start; the exception and the start-up report say what happened and what to do. */
    private String assertRefused(Path data, CapturedOutput output) {
        Path db = data.resolve("advisor.mv.db").toAbsolutePath();
        assertThatThrownBy(() -> start(data).close()).satisfies(e -> {
            Throwable refusal = e;
            while (refusal != null && !(refusal instanceof DamagedDatabaseException)) {
                refusal = refusal.getCause();
            }
            assertThat(refusal).as("refused as damaged").isNotNull().hasMessageContaining(db.toString())
                    .hasMessageContaining("服务没有启动，也没有改动数据库文件");
        });
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START").contains(db.toString())
                .contains("最近一次备份").contains("org.h2.tools.Recover -dir " + data.toAbsolutePath() + " -db advisor")
                .contains("java -cp ").contains("h2-").contains("删除 " + data.toAbsolutePath().resolve("advisor.hwm"));
        return output.getOut();
    }

    private Path copy() throws Exception {
        Path data = Files.createTempDirectory("storage-copy");
        TestFiles.copyTree(filled, data);
        return data;
    }

    private static ConfigurableApplicationContext start(Path data, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--server.port=0", "--advisor.demo=true",
                "--advisor.data-dir=" + data, "--advisor.watch-rules=false"));
        args.addAll(java.util.List.of(more));
        return new SpringApplicationBuilder(AdvisorApplication.class).profiles("demo").run(args.toArray(String[]::new));
    }

    private static HttpTestClient client(ConfigurableApplicationContext app) {
        return new HttpTestClient(((WebServerApplicationContext) app).getWebServer().getPort());
    }

    private static HttpResponse<String> clerk(HttpTestClient http, String method, String path, String json)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(http.uri(path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("clerk:clerk-demo".getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A made-up ID number from 天门 with a valid check digit. */
    private static String idNumber(int seq) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String base = "42900619900101" + String.format("%03d", seq);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (base.charAt(i) - '0') * weights[i];
        }
        return base + "10X98765432".charAt(sum % 11);
    }
}
