package cn.hubei.yishi.advisor.access;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff login page, in Chinese; Spring Security handles the POST. */
@Controller
class LoginPage {

    private final boolean demo;

    LoginPage(@Value("${advisor.demo:false}") boolean demo) {
        this.demo = demo;
    }

    /** @param wait seconds the throttle asked to wait after too many failed logins */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String wait, Model model) {
        model.addAttribute("demo", demo);
        if (wait != null && wait.matches("[0-9]{1,7}")) {
            model.addAttribute("refused", LoginRefused.throttled(Duration.ofSeconds(Long.parseLong(wait))).getMessage());
        }
        return "login";
    }
}
