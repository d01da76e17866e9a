package cn.hubei.yishi.advisor.api;

import cn.hubei.yishi.advisor.rules.ReloadReport;
import cn.hubei.yishi.advisor.rules.RulesStatus;
import cn.hubei.yishi.advisor.rules.RulesetHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rules being served, and a reload for policy staff (role POLICY). */
@RestController
@RequestMapping(path = "/api/rules", produces = "application/json")
class RulesController {

    private final RulesetHolder rules;

    RulesController(RulesetHolder rules) {
        this.rules = rules;
    }

    @GetMapping("/status")
    RulesStatus status() {
        return RulesStatus.of(rules);
    }

    @PostMapping("/reload")
    ReloadReport reload() {
        return rules.reload("手动重新加载", true);
    }
}
