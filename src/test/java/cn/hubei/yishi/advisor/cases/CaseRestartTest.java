package cn.hubei.yishi.advisor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.hubei.yishi.advisor.AdvisorApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** What a clerk saved is all there after the server restarts: case, ticks, history, notice. */
class CaseRestartTest {

    @Test
    void aCaseSurvivesARestart() throws Exception {
        Path data = Files.createTempDirectory("cases-restart");
        long id;
        JsonNode before;
        String noticeBefore;
        try (Server s = new Server(data)) {
            JsonNode c = s.answered();
            id = c.path("id").asLong();
            c = s.ok(s.receive(id, c.path("version").asLong(), List.of("id-card"), "lease-contract", "已过期"));
            c = s.ok(s.decide(id, c.path("version").asLong(), "CORRECTION", "一次告知补正", null));
            before = c;
            noticeBefore = s.call("GET", "/api/cases/" + id + "/notice", null).body();
        }
        try (Server s = new Server(data)) {
            JsonNode c = s.get(id);
            assertThat(c).isEqualTo(before);
            assertThat(c.path("status").asString()).isEqualTo("CORRECTION");
            assertThat(c.path("materials").path("lease-contract").path("note").asString()).isEqualTo("已过期");
            assertThat(c.path("history").size()).isEqualTo(4);
            assertThat(s.call("GET", "/api/cases/" + id + "/notice", null).body()).isEqualTo(noticeBefore);
            // and it goes on from where it was
            assertThat(s.decide(id, c.path("version").asLong(), "CORRECTION", "再次告知", null).statusCode()).isEqualTo(200);
        }
    }

    /** The contract's client against a server on a given data directory. */
    private static final class Server extends CaseContract implements AutoCloseable {
        private final Path data;

        Server(Path data) {
            this.data = data;
            startServer();
        }

        @Override
        ConfigurableApplicationContext start() {
            return new SpringApplicationBuilder(AdvisorApplication.class).profiles("demo")
                    .run("--server.port=0", "--advisor.data-dir=" + data, "--advisor.watch-rules=false", "--advisor.demo=true");
        }

        @Override
        public void close() {
            stopServer();
        }
    }
}
