package cn.hubei.yishi.advisor;

import java.util.Arrays;

import cn.hubei.yishi.advisor.samples.VerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The 一事联办 materials advisor. {@code java -jar advisor.jar} serves the API;
 * {@code java -jar advisor.jar verify [rules-dir] [samples-dir]} checks rules and samples and exits.
 */
@SpringBootApplication
public class AdvisorApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(VerifyCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(AdvisorApplication.class, args);
    }
}
