package cn.hubei.yishi.advisor.web;

import cn.hubei.yishi.advisor.rules.RulesStatus;
import cn.hubei.yishi.advisor.rules.RulesetHolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The rules status for policy staff: the same as GET /api/rules/status, readable. */
@Controller
class RulesStatusPage {

    private final RulesetHolder rules;
    private final boolean demo;

    RulesStatusPage(RulesetHolder rules, @Value("${advisor.demo:false}") boolean demo) {
        this.rules = rules;
        this.demo = demo;
    }

    @GetMapping("/rules/status")
    String status(Model model) {
        model.addAttribute("status", RulesStatus.of(rules));
        model.addAttribute("demo", demo);
        return "rules/status";
    }

    @PostMapping("/rules/reload")
    String reload() {
        rules.reload("手动重新加载", true);
        return "redirect:/rules/status";
    }
}
