package cn.hubei.yishi.advisor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.hubei.yishi.advisor.AdvisorApplication;
import cn.hubei.yishi.advisor.testing.HttpTestClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server killed (SIGKILL, no shutdown) right after it acknowledged a change: on restart the change
 * is there. Runs the server as a separate process on the embedded H2 default.
 */
class CaseCrashTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The port each launched server listens on. */
    private static final Map<Process, Integer> PORTS = new ConcurrentHashMap<>();

    @Test
    void whatWasAcknowledgedSurvivesAKill() throws Exception {
        Path data = Files.createTempDirectory("cases-crash");
        long id;
        Process first = launch(data);
        try {
            HttpTestClient http = waitUntilUp(first);
            JsonNode c = ok(http, "POST", "/api/cases", """
                    {"themeId": "tm-restaurant", "applicant": {"name": "吴十", "idNumber": "%s", "phone": "13800001111"}}"""
                    .formatted(IdNumbers.valid("19900101", 501)));
            id = c.path("id").asLong();
            c = ok(http, "PUT", "/api/cases/" + id + "/answers",
                    "{\"version\": 0, \"answers\": " + CaseContract.ANSWERS + "}");
            c = ok(http, "PUT", "/api/cases/" + id + "/materials",
                    "{\"version\": 1, \"materials\": [{\"id\": \"id-card\"}]}");
            c = ok(http, "POST", "/api/cases/" + id + "/verdict",
                    "{\"version\": 2, \"verdict\": \"CORRECTION\", \"reason\": \"一次告知补正\"}");
            assertThat(c.path("status").asString()).isEqualTo("CORRECTION");
        } finally {
            first.destroyForcibly().waitFor();
        }
        Process second = launch(data);
        try {
            HttpTestClient http = waitUntilUp(second);
            JsonNode c = ok(http, "GET", "/api/cases/" + id, null);
            assertThat(c.path("status").asString()).isEqualTo("CORRECTION");
            assertThat(c.path("version").asLong()).isEqualTo(3);
            assertThat(c.path("materials").propertyNames()).containsExactly("id-card");
            assertThat(c.path("history").size()).isEqualTo(4);
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private static Process launch(Path data) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                AdvisorApplication.class.getName(), "--server.port=" + port, "--advisor.data-dir=" + data,
                "--spring.profiles.active=demo", "--advisor.demo=true", "--advisor.watch-rules=false",
                "--advisor.rules-dir=" + new File("src/test/resources/fixture-rules").getAbsolutePath(),
                "--advisor.samples-dir=" + new File("src/test/resources/fixture-samples").getAbsolutePath());
        pb.redirectErrorStream(true);
        pb.redirectOutput(data.resolve("server-" + port + ".log").toFile());
        Process p = pb.start();
        PORTS.put(p, port);
        return p;
    }

    private static HttpTestClient waitUntilUp(Process p) throws Exception {
        HttpTestClient http = new HttpTestClient(PORTS.get(p));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            assertThat(p.isAlive()).as("the server process exited").isTrue();
            try {
                if (http.get("/").statusCode() == 200) {
                    return http;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not start within 2 minutes");
    }

    private static JsonNode ok(HttpTestClient http, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(http.uri(path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("clerk:clerk-demo".getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = http.send(b.build());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return JSON.readTree(r.body());
    }
}
