package cn.hubei.yishi.advisor.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.advice.Advice;
import cn.hubei.yishi.advisor.advice.AdviceService;
import cn.hubei.yishi.advisor.advice.FormAnswers;
import cn.hubei.yishi.advisor.advice.ReformFigures;
import cn.hubei.yishi.advisor.advice.ThemeFigures;
import cn.hubei.yishi.advisor.catalog.HandledAt;
import cn.hubei.yishi.advisor.catalog.Jurisdiction;
import cn.hubei.yishi.advisor.catalog.QuestionDef;
import cn.hubei.yishi.advisor.precheck.AnonymousLimits;
import cn.hubei.yishi.advisor.precheck.Submission;
import cn.hubei.yishi.advisor.precheck.SubmissionStore;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetHolder;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

/**
 * A theme's one form and its checklist. Both run the same evaluation as the API; the answers travel in
 * the query string, so the form works without JavaScript (each answer is a round trip that may reveal
 * the next question) and every checklist has a URL that reproduces it.
 */
@Controller
class ThemePages {

    private final RulesetHolder rules;
    private final AdviceService advice;
    private final SubmissionStore submissions;

    private final AnonymousLimits limits;
    private final ThemeFigures figures;

    /** Where the applicant stands: times on the checklist read as clocks in Hubei do. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026年12月3日 15:20 */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZONE);

    ThemePages(RulesetHolder rules, AdviceService advice, SubmissionStore submissions, AnonymousLimits limits,
            ThemeFigures figures) {
        this.limits = limits;
        this.figures = figures;
        this.rules = rules;
        this.advice = advice;
        this.submissions = submissions;
    }

    @GetMapping("/themes/{id}")
    ModelAndView form(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletRequest request) {
        Page page = evaluate(id, params);
        // A provincial theme taken to a place that runs its own version: that version is the one to fill in.
        for (HandledAt.Choice c : page.choices()) {
            if (c.version() != null && c.place().equals(page.where.place())) {
                return new ModelAndView("redirect:/themes/" + UriUtils.encodePathSegment(c.version().id(), StandardCharsets.UTF_8)
                        + "?" + page.answers.query(false));
            }
        }
        if (params.containsKey(NEXT)) {
            // 继续 without JavaScript: the same answers, landing at the question to answer next.
            return new ModelAndView(nextQuestion(id, request.getQueryString(), page));
        }
        model.addAttribute("theme", page.theme.theme());
        model.addAttribute("advice", page.advice);
        model.addAttribute("questions", page.asked());
        model.addAttribute("answers", page.answers.raw());
        model.addAttribute("errors", page.answers.errors());
        model.addAttribute("query", page.query(false));
        figures(page, model);
        where(page, model);
        return new ModelAndView("theme");
    }

    /** The reform figures: the theme's as a whole, and for the applicant's answers once some matter applies. */
    private void figures(Page page, Model model) {
        model.addAttribute("themeFigures", figures.of(page.ruleset, page.theme.theme().id()));
        model.addAttribute("figures", ReformFigures.of(page.advice, ReformFigures.APPLICANT));
    }

    /** The parameter of the 继续 button: only a submit without JavaScript sends it. */
    static final String NEXT = "next";

    /**
     * The form again at the first answer to correct, else the first question not answered yet, else the link to the
     * checklist: a round trip without JavaScript lands where the applicant goes on, not at the top of the page.
     */
    private static RedirectView nextQuestion(String id, String queryString, Page page) {
        List<String> kept = new ArrayList<>();
        for (String part : queryString == null ? new String[0] : queryString.split("&")) {
            if (!part.isEmpty() && !part.equals(NEXT) && !part.startsWith(NEXT + "=")) {
                kept.add(part);
            }
        }
        String anchor = "done";
        List<String> pending = page.advice.pendingQuestions().stream().map(q -> q.key()).toList();
        for (QuestionDef q : page.asked()) {
            if (page.answers.errors().containsKey(q.key())) {
                anchor = "question-" + q.key();
                break;
            }
            if (anchor.equals("done") && pending.contains(q.key())) {
                anchor = "question-" + q.key();
            }
        }
        // The query as the browser sent it, already encoded; nothing in it is a URI template.
        RedirectView to = new RedirectView("/themes/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8)
                + (kept.isEmpty() ? "" : "?" + String.join("&", kept)) + "#" + anchor, true);
        to.setExpandUriTemplateVariables(false);
        to.setExposeModelAttributes(false);
        to.setPropagateQueryParams(false);
        return to;
    }

    /** Where the theme is handled, and for a provincial theme the places to choose from. */
    private static void where(Page page, Model model) {
        model.addAttribute("where", page.where);
        model.addAttribute("at", page.at());
        List<PlaceLink> links = new ArrayList<>();
        String answers = page.answers.query(false);
        for (HandledAt.Choice c : page.choices()) {
            String target = c.version() == null ? page.theme.theme().id() : c.version().id();
            String q = c.version() == null ? (answers.isEmpty() ? "" : answers + "&") + "at=" + c.place().id() : answers;
            links.add(new PlaceLink(c.place().name(), "/themes/" + UriUtils.encodePathSegment(target,
                    StandardCharsets.UTF_8) + (q.isEmpty() ? "" : "?" + q), c.version() != null));
        }
        model.addAttribute("placeLinks", links);
    }

    /** A place to take a provincial theme to: its own version, or the provincial theme there. */
    record PlaceLink(String name, String href, boolean ownVersion) {
    }

    @GetMapping("/themes/{id}/checklist")
    String checklist(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model) {
        return checklist(id, params, model, false);
    }

    /** The checklist laid out for paper: what a print link opens, so printing needs no JavaScript. */
    @GetMapping("/themes/{id}/checklist/print")
    String printView(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model) {
        return checklist(id, params, model, true);
    }

    private String checklist(String id, MultiValueMap<String, String> params, Model model, boolean printView) {
        Page page = evaluate(id, params);
        model.addAttribute("printView", printView);
        model.addAttribute("fullQuery", page.query(true));
        model.addAttribute("token", SubmissionStore.newToken());
        model.addAttribute("theme", page.theme.theme());
        model.addAttribute("advice", page.advice);
        model.addAttribute("byCategory", page.advice.materialsByCategory());
        model.addAttribute("byDepartment", page.advice.applicableByDepartment());
        model.addAttribute("answers", page.answers.raw());
        model.addAttribute("have", page.answers.have());
        model.addAttribute("query", page.query(false));
        figures(page, model);
        where(page, model);
        // Why to trust it: when this list was made, and which rules (published when) made it.
        model.addAttribute("generatedAt", WHEN.format(Instant.now()));
        model.addAttribute("rulesPublishedAt", WHEN.format(page.ruleset.loadedAt()));
        return "checklist";
    }

    /** "I am ready to apply": store the answers as checked, then show the pre-check code. */
    @PostMapping("/themes/{id}/submit")
    String submit(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        limits.submission(request.getRemoteAddr());
        Page page = evaluate(id, params);
        // The form's token: the same form sent twice (a double click, a reload) gets the same code.
        Submission s = submissions.store(id, page.query(true), page.advice.rulesetVersion(),
                params.getFirst("token"));
        return "redirect:/precheck/" + UriUtils.encodePathSegment(s.code(), StandardCharsets.UTF_8);
    }

    private Page evaluate(String id, MultiValueMap<String, String> params) {
        Ruleset ruleset = rules.current();
        CompiledTheme theme = ruleset.theme(id);
        if (theme == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个主题");
        }
        FormAnswers answers = FormAnswers.read(ruleset, theme, params);
        HandledAt where = HandledAt.of(theme.theme(), params.getFirst("at"), ruleset.jurisdictions());
        // For a provincial theme, the places it can be taken to (found once: it reads the whole catalog).
        Jurisdiction own = ruleset.jurisdictions().get(theme.theme().jurisdiction());
        List<HandledAt.Choice> choices = own == null || !own.province() ? List.of()
                : HandledAt.choices(theme.theme(), ruleset.themes().values().stream().map(CompiledTheme::theme)
                        .toList(), ruleset.jurisdictions());
        return new Page(ruleset, theme, answers, advice.evaluate(ruleset, theme, answers.input()), where, choices);
    }

    /** @param choices for a provincial theme, the places it can be taken to; empty for a place's own theme */
    private record Page(Ruleset ruleset, CompiledTheme theme, FormAnswers answers, Advice advice, HandledAt where,
            List<HandledAt.Choice> choices) {

        /** The place chosen for a provincial theme ({@code at=honghu}), or empty. */
        String at() {
            return where.place() == null || where.place().name().equals(theme.theme().jurisdiction()) ? ""
                    : where.place().id();
        }

        /** The answers' query string, with the chosen place: every link and the stored submission keep it. */
        String query(boolean withMaterials) {
            String q = answers.query(withMaterials);
            return at().isEmpty() ? q : (q.isEmpty() ? "" : q + "&") + "at=" + at();
        }

        /** The questions the answers so far make relevant, in the order the theme asks them. */
        List<QuestionDef> asked() {
            Map<String, QuestionDef> byKey = theme.questionsByKey();
            List<QuestionDef> asked = new ArrayList<>();
            for (String key : advice.askedQuestions()) {
                asked.add(byKey.get(key));
            }
            // A question answered wrongly is still shown, with its message beside it.
            for (String key : answers.errors().keySet()) {
                if (byKey.containsKey(key) && !advice.askedQuestions().contains(key)) {
                    asked.add(byKey.get(key));
                }
            }
            return asked;
        }
    }
}
