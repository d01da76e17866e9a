package cn.hubei.yishi.advisor.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.AdvisorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What one change to a case costs (check, re-evaluate, save the aggregate in one transaction) on the
 * embedded H2, with each commit written before the answer (the shipped {@code WRITE_DELAY=0}) against
 * H2's default delayed write, in the same run; and how the cost grows with the case's history. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=cn.hubei.yishi.advisor.cases.CaseSaveBenchmark -Dbench.args=60}.
 */
public final class CaseSaveBenchmark {

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int rounds = 5;
        System.out.printf("%-28s %14s %14s %14s%n", "database", "assess (ms)", "change 1-10", "change " + (changes - 9)
                + "-" + changes);
        for (String[] config : List.of(new String[] {"H2, WRITE_DELAY=0 (shipped)", ";WRITE_DELAY=0"},
                new String[] {"H2, default write delay", ""})) {
            Path data = Files.createTempDirectory("bench-cases");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AdvisorApplication.class)
                    .run("--server.port=0", "--advisor.watch-rules=false", "--logging.level.root=WARN",
                            "--spring.datasource.url=jdbc:h2:file:" + data + "/advisor" + config[1])) {
                CaseService cases = app.getBean(CaseService.class);
                List<Double> assess = new ArrayList<>();
                List<Double> early = new ArrayList<>();
                List<Double> late = new ArrayList<>();
                for (int r = 0; r < rounds + 1; r++) {
                    PrecheckCase c = cases.openAtWindow("tm-restaurant",
                            Applicant.of("基准", IdNumbers.valid("19900101", r), "13800001111"), "bench");
                    c = cases.answer(c.getId(), c.getVersion(), answers(), "bench");
                    double[] perChange = new double[changes];
                    for (int i = 0; i < changes; i++) {
                        Map<String, ReceivedMaterial> received = new LinkedHashMap<>();
                        received.put("id-card", new ReceivedMaterial(false, ""));
                        if (i % 2 == 0) {
                            received.put("lease-contract", new ReceivedMaterial(true, "第 " + i + " 次：已过期"));
                        }
                        long t0 = System.nanoTime();
                        c = cases.receive(c.getId(), c.getVersion(), received, "bench");
                        perChange[i] = (System.nanoTime() - t0) / 1e6;
                    }
                    long t0 = System.nanoTime();
                    for (int i = 0; i < 20; i++) {
                        cases.assess(c);
                    }
                    double assessMs = (System.nanoTime() - t0) / 1e6 / 20;
                    if (r > 0) { // round 0 warms up
                        assess.add(assessMs);
                        early.add(median(Arrays.copyOfRange(perChange, 0, 10)));
                        late.add(median(Arrays.copyOfRange(perChange, changes - 10, changes)));
                    }
                }
                System.out.printf("%-28s %14.2f %14.2f %14.2f%n", config[0], median(assess), median(early),
                        median(late));
            }
        }
    }

    private static Map<String, String> answers() {
        Map<String, String> a = new LinkedHashMap<>();
        String[] pairs = {"has-business-licence=false", "business-form=individual", "ib-operation-form=personal",
            "ib-operator-eligible=true", "catering-residential-floor=false", "food-shop-sign=true",
            "shop-sign-on-frontage=true", "shop-sign-large=false", "premises=rented", "catering-sewer=true",
            "drainage-pretreatment-ready=true", "drainage-already-discharging=false", "drainage-key-discharger=false",
            "food-conditions-ready=true", "tax-needs-invoice=true", "by-agent=false"};
        for (String p : pairs) {
            a.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        return a;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
