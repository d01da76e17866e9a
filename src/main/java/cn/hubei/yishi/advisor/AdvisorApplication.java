package cn.hubei.yishi.advisor;

import java.util.Arrays;
import java.util.Locale;

import cn.hubei.yishi.advisor.samples.VerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The 一事联办 materials advisor. {@code java -jar advisor.jar} serves the API;
 * {@code java -jar advisor.jar verify [rules-dir] [samples-dir]} checks rules and samples and exits.
 */
@SpringBootApplication
public class AdvisorApplication {

    static {
        // The service behaves the same on any host: libraries that upper-case identifiers with the default
        // locale (Spring Data JDBC's H2 dialect) broke every case query on a Turkish host ("ID" became "İD").
        // Everything users read is Chinese and formatted explicitly, so nothing depends on the host's locale.
        Locale.setDefault(Locale.ROOT);
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(VerifyCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(AdvisorApplication.class, args);
    }
}
