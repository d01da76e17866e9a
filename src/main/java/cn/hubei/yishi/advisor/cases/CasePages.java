package cn.hubei.yishi.advisor.cases;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.hubei.yishi.advisor.access.StaffNames;
import cn.hubei.yishi.advisor.advice.Advice;
import cn.hubei.yishi.advisor.advice.FormAnswers;
import cn.hubei.yishi.advisor.advice.InvalidInputException;
import cn.hubei.yishi.advisor.catalog.HandledAt;
import cn.hubei.yishi.advisor.catalog.QuestionDef;
import cn.hubei.yishi.advisor.catalog.Theme;
import cn.hubei.yishi.advisor.precheck.SubmissionStore;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetHolder;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The window clerk's console: the queue, a case with its checklist to tick and its verdict, and the
 * notice and dispatch sheets to print. Every form posts the case version it was rendered from.
 */
@Controller
@RequestMapping("/cases")
class CasePages {

    private static final Pattern CASE_PATH = Pattern.compile("/cases/(\\d+)");
    /** Marks a post that carries the materials as ticked on screen (the materials form, with the verdict's controls). */
    private static final String ON_SCREEN = "materials-on-screen";
    /** A history this short is shown open; a longer one is folded under its count. */
    static final int HISTORY_OPEN_UP_TO = 6;

    private final CaseService cases;
    private final RulesetHolder rules;
    private final SubmissionStore submissions;
    private final WorkingDays workingDays;
    private final StaffNames names;
    private final boolean demo;
    private final String centre;

    CasePages(CaseService cases, RulesetHolder rules, SubmissionStore submissions, WorkingDays workingDays,
            StaffNames names, @Value("${advisor.demo:false}") boolean demo,
            @Value("${advisor.service-centre:}") String centre) {
        this.names = names;
        this.centre = centre.strip();
        this.cases = cases;
        this.rules = rules;
        this.submissions = submissions;
        this.workingDays = workingDays;
        this.demo = demo;
    }

    /** Who is at the window, for the header: the name documents print for them. */
    @ModelAttribute("staff")
    String staff(Principal user) {
        return user == null ? "" : names.of(user.getName());
    }

    /** The history and the queue record logins; pages show the names. */
    @ModelAttribute("names")
    StaffNames names() {
        return names;
    }

    @GetMapping
    String queue(@RequestParam(required = false) String q, @RequestParam(required = false) String date, Model model) {
        LocalDate on = null;
        if (date != null && !date.isBlank()) {
            try {
                on = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                model.addAttribute("searchError", "日期格式应为 yyyy-MM-dd，如 2026-11-22");
            }
        }
        queueModel(model.asMap(), q, date, Map.of(), Map.of());
        List<CaseSummary> found = model.containsAttribute("searchError") ? List.of() : cases.search(q, on);
        model.addAttribute("cases", found);
        model.addAttribute("limited", found.size() >= CaseQueue.LIMIT);
        return "cases/queue";
    }

    @PostMapping
    ModelAndView open(@RequestParam MultiValueMap<String, String> form, Principal user, RedirectAttributes flash) {
        Map<String, String> values = form.toSingleValueMap();
        String code = values.getOrDefault("precheckCode", "").strip();
        // Every mistake at once, each beside its own field: the code or the theme, then the applicant.
        Map<String, String> problems = new LinkedHashMap<>();
        if (!code.isEmpty() && submissions.find(code).isEmpty()) {
            problems.put("precheckCode", "没有预审码 " + code + "，请核对（预审码为 8 位字母和数字，如 ABCD-EFGH）");
        } else if (code.isEmpty() && rulesTheme(values.get("themeId")) == null) {
            problems.put("themeId", "请选择要办理的主题（一件事），或输入申请人的预审码");
        }
        problems.putAll(Applicant.problems(values.get("name"), values.get("idNumber"), values.get("phone")));
        try {
            if (!problems.isEmpty()) {
                var first = problems.entrySet().iterator().next();
                throw new InvalidInputException(first.getKey(), first.getValue());
            }
            Applicant applicant = Applicant.of(values.get("name"), values.get("idNumber"), values.get("phone"));
            PrecheckCase c;
            if (!code.isEmpty()) {
                CaseService.Opened opened = cases.openFromCode(code, applicant, user.getName());
                c = opened.theCase();
                flash.addFlashAttribute("message", opened.existed()
                        ? "预审码 " + c.getPrecheckCode() + " 已建档（案件 " + c.number() + "），已为您打开，未重复建档。"
                        : "已由预审码 " + c.getPrecheckCode() + " 调取申请人的回答，建档为案件 " + c.number() + "。");
                if (opened.existed()) {
                    mismatch(c.getApplicant(), applicant).ifPresent(w -> flash.addFlashAttribute("warning", w));
                }
            } else {
                c = cases.openAtWindow(values.get("themeId"), applicant, user.getName());
                flash.addFlashAttribute("message", "已新建案件 " + c.number() + "，请逐项询问申请人的情形。");
            }
            return new ModelAndView("redirect:/cases/" + c.getId());
        } catch (InvalidInputException e) {
            if (problems.isEmpty()) {
                problems.put(e.field(), e.getMessage());
            }
            ModelAndView page = new ModelAndView("cases/queue");
            queueModel(page.getModelMap(), null, null, values, problems);
            page.addObject("cases", cases.search(null, null));
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
    }

    private CompiledTheme rulesTheme(String themeId) {
        return themeId == null || themeId.isBlank() ? null : rules.current().theme(themeId);
    }

    /**
     * A code already made a case for someone: if the name or ID number typed now is not that person's,
     * the clerk is told to check the ID card before going on (a mistyped code, or someone else's).
     */
    private static java.util.Optional<String> mismatch(Applicant stored, Applicant typed) {
        List<String> differs = new ArrayList<>();
        if (!stored.name().equals(typed.name())) {
            differs.add("姓名（案件中为 " + stored.name() + "，刚才输入的是 " + typed.name() + "）");
        }
        if (!stored.idNumber().equals(typed.idNumber())) {
            differs.add("身份证号（案件中为 " + stored.maskedIdNumber() + "，刚才输入的是 " + typed.maskedIdNumber() + "）");
        }
        return differs.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("请核对申请人身份证件：本预审码的案件中登记的"
                + String.join("、", differs) + "与刚才输入的不一致。请确认预审码没有报错、来人就是申请人本人或其代理人；"
                + "登记有误的，可在下方“更正申请人信息”中更正。");
    }

    private void queueModel(Map<String, Object> model, String q, String date, Map<String, String> form,
            Map<String, String> errors) {
        List<Theme> themes = rules.current().themes().values().stream().map(CompiledTheme::theme)
                .sorted(Comparator.comparing(Theme::jurisdiction).thenComparing(Theme::name)).toList();
        Map<String, String> themeNames = new LinkedHashMap<>();
        themes.forEach(t -> themeNames.put(t.id(), t.name() + "（" + t.jurisdiction() + "）"));
        model.put("themes", themes);
        model.put("themeNames", themeNames);
        model.put("q", q == null ? "" : q);
        model.put("date", date == null ? "" : date);
        model.put("form", form);
        model.put("errors", errors);
        model.put("demo", demo);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        PrecheckCase c = cases.get(id);
        caseModel(model.asMap(), c, Map.of(), null);
        return "cases/case";
    }

    @PostMapping("/{id}/applicant")
    ModelAndView correctApplicant(@PathVariable long id, @RequestParam long version,
            @RequestParam MultiValueMap<String, String> form, Principal user, RedirectAttributes flash) {
        Map<String, String> values = form.toSingleValueMap();
        try {
            cases.correctApplicant(id, version, Applicant.of(values.get("name"), values.get("idNumber"),
                    values.get("phone")), user.getName());
            flash.addFlashAttribute("message", "申请人信息已更正。");
            return new ModelAndView("redirect:/cases/" + id);
        } catch (InvalidInputException e) {
            ModelAndView page = rerender(id, Map.of(e.field(), e.getMessage()), null);
            page.addObject("applicantForm", values);
            return page;
        }
    }

    @PostMapping("/{id}/answers")
    ModelAndView answer(@PathVariable long id, @RequestParam long version,
            @RequestParam MultiValueMap<String, String> form, Principal user, RedirectAttributes flash) {
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("a.") && !v.isEmpty()) {
                answers.put(k.substring(2), v.get(0));
            }
        });
        try {
            cases.answer(id, version, answers, user.getName());
            flash.addFlashAttribute("message", "情形已保存，已按现行规则重新预审。");
            return new ModelAndView("redirect:/cases/" + id + "#answers");
        } catch (InvalidInputException e) {
            return rerender(id, Map.of(e.field(), e.getMessage()), answers);
        }
    }

    @PostMapping("/{id}/materials")
    ModelAndView receive(@PathVariable long id, @RequestParam long version,
            @RequestParam MultiValueMap<String, String> form, Principal user, RedirectAttributes flash) {
        Map<String, ReceivedMaterial> received = ticked(form);
        try {
            cases.receive(id, version, received, user.getName());
            flash.addFlashAttribute("message", "材料登记已保存。");
            return new ModelAndView("redirect:/cases/" + id + "#verdict");
        } catch (InvalidInputException e) {
            ModelAndView page = rerender(id, Map.of(e.field(), e.getMessage()), null);
            page.addObject("received", received);
            return page;
        }
    }

    /**
     * The verdict, posted with the materials as ticked on screen (the verdict's controls belong to the
     * materials form): ticks not yet saved are saved first, so a verdict is never given, nor a notice
     * frozen, on fewer materials than the clerk sees.
     */
    @PostMapping("/{id}/verdict")
    ModelAndView decide(@PathVariable long id, @RequestParam long version,
            @RequestParam MultiValueMap<String, String> form, Principal user, RedirectAttributes flash) {
        String verdict = form.getFirst("verdict");
        String reason = form.getFirst("reason");
        String promisedDate = form.getFirst("promisedDate");
        Map<String, String> verdictForm = Map.of("verdict", verdict == null ? "" : verdict,
                "reason", reason == null ? "" : reason, "promisedDate", promisedDate == null ? "" : promisedDate);
        String saved = "";
        if (form.containsKey(ON_SCREEN)) {
            Map<String, ReceivedMaterial> received = ticked(form);
            try {
                PrecheckCase before = cases.get(id);
                if (before.getVersion() == version && !before.getMaterials().equals(received)) {
                    version = cases.receive(id, version, received, user.getName()).getVersion();
                    saved = "勾选的材料已一并登记保存。";
                }
            } catch (InvalidInputException e) {
                ModelAndView page = rerender(id, Map.of(e.field(), e.getMessage()), null);
                page.addObject("received", received);
                page.addObject("verdictForm", verdictForm);
                page.addObject("problem", "结论未保存：材料登记有误，" + e.getMessage());
                return page;
            }
        }
        try {
            CaseStatus status = null;
            try {
                status = verdict == null ? null : CaseStatus.valueOf(verdict);
            } catch (IllegalArgumentException e) {
                // Reported below as a missing verdict.
            }
            LocalDate promised = null;
            if (promisedDate != null && !promisedDate.isBlank()) {
                try {
                    promised = LocalDate.parse(promisedDate.strip());
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("promisedDate", "日期格式应为 yyyy-MM-dd");
                }
            }
            PrecheckCase c = cases.decide(id, version, status, reason, promised, user.getName());
            flash.addFlashAttribute("message", saved + "预审结论“" + c.getStatus().label() + "”已保存。");
            return new ModelAndView("redirect:/cases/" + id + "#verdict");
        } catch (InvalidInputException e) {
            ModelAndView page = rerender(id, Map.of(e.field(), e.getMessage()), null);
            page.addObject("verdictForm", verdictForm);
            if (!saved.isEmpty()) {
                page.addObject("message", saved);
                page.addObject("problem", "结论未保存：" + e.getMessage());
            }
            return page;
        }
    }

    /** The materials form's ticks: received, defective (which counts as received) and each one's note. */
    private static Map<String, ReceivedMaterial> ticked(MultiValueMap<String, String> form) {
        Map<String, ReceivedMaterial> received = new LinkedHashMap<>();
        List<String> ticked = new ArrayList<>(form.getOrDefault("received", List.of()));
        List<String> defective = form.getOrDefault("defective", List.of());
        defective.stream().filter(d -> !ticked.contains(d)).forEach(ticked::add);
        for (String m : ticked) {
            received.put(m, new ReceivedMaterial(defective.contains(m), form.getFirst("note." + m)));
        }
        return received;
    }

    @GetMapping("/{id}/notice")
    String notice(@PathVariable long id, Model model) {
        PrecheckCase c = cases.get(id);
        Notice notice = cases.notice(c);
        model.addAttribute("where", where(c.getThemeId()));
        return document(model, c, "notice", notice, notice.jurisdiction(), "cases/notice");
    }

    @GetMapping("/{id}/dispatch")
    String dispatch(@PathVariable long id, Model model) {
        PrecheckCase c = cases.get(id);
        Dispatch dispatch = cases.dispatch(c);
        return document(model, c, "dispatch", dispatch, dispatch.jurisdiction(), "cases/dispatch");
    }

    /** The 收件凭证 of the materials in hand, to print (a page of its own: no script needed). */
    @GetMapping("/{id}/receipt")
    String receipt(@PathVariable long id, Model model) {
        PrecheckCase c = cases.get(id);
        Receipt receipt = cases.receipt(c);
        return document(model, c, "receipt", receipt, receipt.jurisdiction(), "cases/receipt");
    }

    /** The applicant's 容缺受理承诺书: what they will bring, by when, and what follows if they do not. */
    @GetMapping("/{id}/commitment")
    String commitment(@PathVariable long id, Model model) {
        PrecheckCase c = cases.get(id);
        Dispatch accepted = cases.commitment(c);
        return document(model, c, "d", accepted, accepted.jurisdiction(), "cases/commitment");
    }

    /** A printed document of the case: the document itself, the centre that heads it, the way back. */
    private String document(Model model, PrecheckCase c, String name, Object document, String jurisdiction,
            String view) {
        model.addAttribute(name, document);
        model.addAttribute("centre", centreName(c.getThemeId(), jurisdiction));
        model.addAttribute("caseId", c.getId());
        return view;
    }

    /**
     * The heading of printed documents: the centre this server is configured for, or the one the theme's data
     * names ({@code rules/jurisdictions.yaml}), or its jurisdiction's.
     */
    private String centreName(String themeId, String jurisdiction) {
        if (!centre.isEmpty()) {
            return centre;
        }
        HandledAt where = where(themeId);
        return where != null && where.centre() != null ? where.centre().name() : jurisdiction + "政务服务中心";
    }

    /** Where the theme is handled, from the current rules; null when the theme is gone from them. */
    private HandledAt where(String themeId) {
        CompiledTheme theme = rules.current().theme(themeId);
        return theme == null ? null : HandledAt.of(theme.theme(), null, rules.current().jurisdictions());
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ModelAndView notFound(CaseNotFoundException e) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.NOT_FOUND);
        page.addObject("status", 404);
        page.addObject("reason", e.getMessage());
        return page;
    }

    /** A conflict or a closed case: the case as it is now, with what happened on top. */
    @ExceptionHandler({CaseConflictException.class, CaseStateException.class})
    ModelAndView refused(RuntimeException e, HttpServletRequest request) {
        Matcher m = CASE_PATH.matcher(request.getRequestURI());
        if (!m.find()) {
            return notFound(new CaseNotFoundException(e.getMessage()));
        }
        ModelAndView page = new ModelAndView("cases/case");
        PrecheckCase c = cases.get(Long.parseLong(m.group(1)));
        try {
            caseModel(page.getModel(), c, Map.of(), null);
        } catch (CaseStateException gone) {
            page = new ModelAndView("error");
            page.addObject("status", 409);
        }
        page.addObject("problem", e.getMessage());
        page.setStatus(HttpStatus.CONFLICT);
        return page;
    }

    private ModelAndView rerender(long id, Map<String, String> errors, Map<String, String> typedAnswers) {
        ModelAndView page = new ModelAndView("cases/case");
        caseModel(page.getModel(), cases.get(id), errors, typedAnswers);
        page.addObject("problem", errors.values().iterator().next());
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private void caseModel(Map<String, Object> model, PrecheckCase c, Map<String, String> errors,
            Map<String, String> typedAnswers) {
        Assessment a = cases.assess(c);
        Advice advice = a.advice();
        Ruleset ruleset = rules.current();
        Map<String, QuestionDef> byKey = a.theme().questionsByKey();
        List<QuestionDef> questions = new ArrayList<>();
        advice.askedQuestions().forEach(k -> questions.add(byKey.get(k)));
        Map<String, String> answerErrors = new LinkedHashMap<>(a.answerErrors());
        errors.forEach((k, v) -> {
            if (k.startsWith("answers.")) {
                answerErrors.put(k.substring(8), v);
                if (byKey.containsKey(k.substring(8)) && !questions.contains(byKey.get(k.substring(8)))) {
                    questions.add(byKey.get(k.substring(8)));
                }
            }
        });
        List<String> declared = c.getPrecheckCode() == null ? List.of() : submissions.find(c.getPrecheckCode())
                .map(s -> FormAnswers.fromQuery(ruleset, a.theme(), s.answersQuery()).have()).orElse(List.of());
        model.put("c", c);
        model.put("a", a);
        model.put("advice", advice);
        model.put("theme", a.theme().theme());
        model.put("questions", questions);
        model.put("answers", typedAnswers == null ? a.answers() : typedAnswers);
        model.put("answerErrors", answerErrors);
        model.put("errors", errors);
        model.put("byCategory", advice.materialsByCategory());
        model.put("byDepartment", advice.applicableByDepartment());
        model.put("declared", declared);
        model.put("verdicts", List.of(CaseStatus.ACCEPTED, CaseStatus.ACCEPTED_WITH_WAIVER, CaseStatus.CORRECTION,
                CaseStatus.REJECTED));
        model.put("answersEditable", !c.getStatus().decided());
        model.put("materialsEditable", !c.getStatus().decided() || c.getStatus() == CaseStatus.ACCEPTED_WITH_WAIVER);
        model.put("hasNotice", c.lastVerdict(CaseStatus.CORRECTION, CaseStatus.ACCEPTED_WITH_WAIVER).isPresent());
        LocalDate noticeDeadline = workingDays.plus(c.getReceivedOn(), CaseService.NOTICE_WORKING_DAYS);
        model.put("noticeDeadline", noticeDeadline);
        model.put("noticeOverdue", c.getStatus() == CaseStatus.OPEN
                && LocalDate.now(PrecheckCase.ZONE).isAfter(noticeDeadline));
        // Nothing is pre-selected: a verdict is the clerk's decision; the suggested one is marked beside it.
        model.putIfAbsent("verdictForm", Map.of("verdict", "", "reason", "", "promisedDate", ""));
        model.putIfAbsent("received", c.getMaterials());
        model.putIfAbsent("applicantForm", Map.of("name", c.getApplicant().name(), "idNumber",
                c.getApplicant().idNumber(), "phone", c.getApplicant().phone()));
        model.put("demo", demo);
        model.put("names", names);
        model.put("historyOpenUpTo", HISTORY_OPEN_UP_TO);
    }
}
