package cn.hubei.yishi.advisor.precheck;

import cn.hubei.yishi.advisor.catalog.HandledAt;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.RulesetHolder;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** A stored submission, opened by its pre-check code. */
@Controller
class PrecheckPages {

    private final RulesetHolder rules;
    private final SubmissionStore store;
    private final WindowProgress progress;

    private final AnonymousLimits limits;

    PrecheckPages(RulesetHolder rules, SubmissionStore store, WindowProgress progress, AnonymousLimits limits) {
        this.limits = limits;
        this.rules = rules;
        this.store = store;
        this.progress = progress;
    }

    @GetMapping("/precheck/{code}")
    String show(@PathVariable String code, Model model, HttpServletRequest request) {
        limits.lookup(request.getRemoteAddr());
        Submission s = store.find(code).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个预审码，请核对后重新输入"));
        CompiledTheme theme = rules.current().theme(s.themeId());
        model.addAttribute("submission", s);
        model.addAttribute("themeName", theme == null ? s.themeId() : theme.theme().name());
        model.addAttribute("jurisdiction", theme == null ? "" : theme.theme().jurisdiction());
        model.addAttribute("progress", progress.forCode(s.code()).orElse(null));
        // Where to take it: the theme's centre, or for a provincial theme the place chosen (kept as at= in the query).
        String at = UriComponentsBuilder.newInstance().query(s.answersQuery()).build().getQueryParams().getFirst("at");
        model.addAttribute("where", theme == null ? null
                : HandledAt.of(theme.theme(), at, rules.current().jurisdictions()));
        return "precheck";
    }
}
