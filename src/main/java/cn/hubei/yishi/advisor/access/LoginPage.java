package cn.hubei.yishi.advisor.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff login page, in Chinese; Spring Security handles the POST. */
@Controller
class LoginPage {

    private final boolean demo;

    LoginPage(@Value("${advisor.demo:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
        return "login";
    }
}
