package cn.hubei.yishi.advisor.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.hubei.yishi.advisor.access.StaffNames;
import cn.hubei.yishi.advisor.advice.Advice;
import cn.hubei.yishi.advisor.advice.FormAnswers;
import cn.hubei.yishi.advisor.advice.FreeText;
import cn.hubei.yishi.advisor.advice.InvalidInputException;
import cn.hubei.yishi.advisor.catalog.QuestionDef;
import cn.hubei.yishi.advisor.precheck.Submission;
import cn.hubei.yishi.advisor.precheck.SubmissionStore;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;
import cn.hubei.yishi.advisor.rules.RulesetHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change to a case: checked, re-evaluated on the current rules, recorded in the history and
 * saved in one transaction against the version the clerk saw. A change that fails changes nothing.
 */
@Service
public class CaseService {

    private static final Logger log = LoggerFactory.getLogger(CaseService.class);
    static final int REASON_MAX = 500;
    /** 行政许可法 第三十二条: everything to correct is told at once, within five days of receipt. */
    static final int NOTICE_WORKING_DAYS = 5;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CaseRepository cases;
    private final CaseQueue queue;
    private final CaseAssessor assessor;
    private final SubmissionStore submissions;
    private final RulesetHolder rules;
    private final WorkingDays workingDays;
    private final StaffNames names;
    private final Clock clock;

    CaseService(CaseRepository cases, CaseQueue queue, CaseAssessor assessor, SubmissionStore submissions,
            RulesetHolder rules, WorkingDays workingDays, StaffNames names) {
        this.names = names;
        this.cases = cases;
        this.queue = queue;
        this.assessor = assessor;
        this.submissions = submissions;
        this.rules = rules;
        this.workingDays = workingDays;
        this.clock = Clock.systemUTC();
    }

    /** A case opened, or the one that code already opened (a code makes one case, not two). */
    public record Opened(PrecheckCase theCase, boolean existed) {
    }

    @Transactional
    public Opened openFromCode(String typedCode, Applicant applicant, String actor) {
        if (typedCode == null || typedCode.isBlank()) {
            throw new InvalidInputException("precheckCode", "请输入申请人的预审码");
        }
        Submission s = submissions.find(typedCode).orElseThrow(() -> new InvalidInputException("precheckCode",
                "没有预审码 " + typedCode.strip() + "，请核对（预审码为 8 位字母和数字，如 ABCD-EFGH）"));
        var existing = cases.findByPrecheckCode(s.code());
        if (existing.isPresent()) {
            return new Opened(existing.get(), true);
        }
        Ruleset ruleset = rules.current();
        CompiledTheme theme = ruleset.theme(s.themeId());
        if (theme == null) {
            throw new InvalidInputException("precheckCode", "该预审码对应的主题已不在现行规则中，请在窗口新建案件");
        }
        // The applicant's own ticks are what they say they have; the clerk ticks what is handed over.
        String answers = FormAnswers.fromQuery(ruleset, theme, s.answersQuery()).query(false);
        return new Opened(create(s.code(), theme, answers, applicant, actor), false);
    }

    @Transactional
    public PrecheckCase openAtWindow(String themeId, Applicant applicant, String actor) {
        CompiledTheme theme = themeId == null || themeId.isBlank() ? null : rules.current().theme(themeId);
        if (theme == null) {
            throw new InvalidInputException("themeId", "请选择要办理的主题（一件事）");
        }
        return create(null, theme, "", applicant, actor);
    }

    private PrecheckCase create(String code, CompiledTheme theme, String answers, Applicant applicant, String actor) {
        OffsetDateTime now = now();
        PrecheckCase c = PrecheckCase.open(code, theme.theme().id(), answers, applicant, actor, now);
        Assessment a = assessor.assess(c);
        String from = code == null ? "窗口新建" : "由预审码 " + code + " 调取";
        c.record(new CaseEvent(now, actor, CaseEvent.Kind.CREATED, CaseStatus.OPEN, from,
                a.advice().rulesetVersion(), null), now);
        PrecheckCase saved;
        try {
            saved = cases.save(c);
        } catch (DataIntegrityViolationException e) {
            // Two windows opened the same code at once: the other one's case stands.
            throw new CaseStateException("预审码 " + code + " 刚刚已由其他窗口建档，请在案件队列中按预审码打开");
        }
        log.info("Case {} opened by {} for {} ({})", saved.number(), actor, applicant, saved.getThemeId());
        return saved;
    }

    public PrecheckCase get(long id) {
        return cases.findById(id).orElseThrow(() -> new CaseNotFoundException("没有这个案件：" + id));
    }

    public Assessment assess(PrecheckCase c) {
        return assessor.assess(c);
    }

    public List<CaseSummary> search(String q, LocalDate on) {
        return queue.search(q, on);
    }

    /** Corrects the applicant's name, ID number or phone (a typo at intake); the history keeps the change. */
    @Transactional
    public PrecheckCase correctApplicant(long id, long version, Applicant corrected, String actor) {
        PrecheckCase c = load(id, version);
        requireOpen(c, "修改申请人信息");
        Applicant was = c.getApplicant();
        List<String> changes = new ArrayList<>();
        if (!was.name().equals(corrected.name())) {
            changes.add("姓名：" + was.name() + " → " + corrected.name());
        }
        if (!was.idNumber().equals(corrected.idNumber())) {
            changes.add("身份证号：" + was.maskedIdNumber() + " → " + corrected.maskedIdNumber());
        }
        if (!was.phone().equals(corrected.phone())) {
            changes.add("电话：" + was.phone() + " → " + corrected.phone());
        }
        if (changes.isEmpty()) {
            return c;
        }
        c.setApplicant(corrected);
        return save(c, CaseEvent.Kind.APPLICANT, c.getStatus(), String.join("；", changes), assessor.assess(c), null,
                actor);
    }

    /** The clerk's answers to the theme's questions, replacing the stored ones. */
    @Transactional
    public PrecheckCase answer(long id, long version, Map<String, String> typed, String actor) {
        PrecheckCase c = load(id, version);
        requireOpen(c, "修改情形");
        Ruleset ruleset = rules.current();
        CompiledTheme theme = themeOf(ruleset, c);
        Map<String, String> answers = new LinkedHashMap<>();
        typed.forEach((k, v) -> {
            if (!theme.questionsByKey().containsKey(k)) {
                throw new InvalidInputException("answers." + k, "本主题没有这个问题：" + k);
            }
            if (v != null && !v.isBlank()) {
                answers.put(k, v.strip());
            }
        });
        FormAnswers checked = FormAnswers.of(ruleset, theme, answers, List.of());
        if (!checked.errors().isEmpty()) {
            var first = checked.errors().entrySet().iterator().next();
            throw new InvalidInputException("answers." + first.getKey(), first.getValue());
        }
        String stored = c.getAnswersQuery();
        Map<String, String> before = assessor.assess(c).answers();
        // Answers to questions these answers no longer ask are dropped, as on the applicant's form.
        Map<String, String> kept = new LinkedHashMap<>(answers);
        c.setAnswersQuery(checked.query(false));
        kept.keySet().retainAll(assessor.assess(c).advice().askedQuestions());
        if (kept.equals(before)) {
            c.setAnswersQuery(stored);
            return c;
        }
        c.setAnswersQuery(FormAnswers.of(ruleset, theme, kept, List.of()).query(false));
        Assessment after = assessor.assess(c);
        String detail = answerChanges(theme, before, kept);
        return save(c, CaseEvent.Kind.ANSWERS, c.getStatus(), detail, after, null, actor);
    }

    /**
     * The materials in hand, replacing the previous ticks: each id with whether it is defective and
     * the clerk's note. A defective material needs a note, since the applicant reads it on the notice.
     */
    @Transactional
    public PrecheckCase receive(long id, long version, Map<String, ReceivedMaterial> received, String actor) {
        PrecheckCase c = load(id, version);
        if (c.getStatus().decided() && c.getStatus() != CaseStatus.ACCEPTED_WITH_WAIVER) {
            throw closed(c, "登记材料");
        }
        Assessment current = assessor.assess(c);
        Set<String> known = new LinkedHashSet<>();
        current.advice().materials().forEach(m -> known.add(m.id()));
        known.addAll(c.getMaterials().keySet());
        for (var e : received.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new InvalidInputException("materials." + e.getKey(), "本案件的材料清单中没有这项材料：" + e.getKey());
            }
            if (e.getValue().defective() && e.getValue().note().isEmpty()) {
                throw new InvalidInputException("materials." + e.getKey() + ".note",
                        "请写明“" + name(current, e.getKey()) + "”有什么问题，申请人要按此补正");
            }
            FreeText.check("materials." + e.getKey() + ".note", "“" + name(current, e.getKey()) + "”的说明",
                    e.getValue().note());
            if (e.getValue().note().length() > 200) {
                throw new InvalidInputException("materials." + e.getKey() + ".note", "说明不能超过 200 个字");
            }
        }
        if (c.getStatus() == CaseStatus.ACCEPTED_WITH_WAIVER) {
            for (var e : c.getMaterials().entrySet()) {
                if (!e.getValue().equals(received.get(e.getKey()))) {
                    throw new CaseStateException("本案件已容缺受理，只能登记后补的材料，已收的材料不能撤销或修改");
                }
            }
        }
        String detail = materialChanges(current, c.getMaterials(), received);
        if (detail.isEmpty()) {
            return c;
        }
        c.setMaterials(received);
        Assessment after = assessor.assess(c);
        if (c.getStatus() == CaseStatus.ACCEPTED_WITH_WAIVER && after.outstanding().isEmpty()) {
            detail += "；容缺材料已全部补齐";
        }
        return save(c, CaseEvent.Kind.MATERIALS, c.getStatus(), detail, after, null, actor);
    }

    /** The clerk's verdict, checked against what the rules and the materials allow. */
    @Transactional
    public PrecheckCase decide(long id, long version, CaseStatus verdict, String reason, LocalDate promised,
            String actor) {
        PrecheckCase c = load(id, version);
        requireOpen(c, "作出结论");
        if (verdict == null || !verdict.isVerdict()) {
            throw new InvalidInputException("verdict", "请选择预审结论：可受理、容缺受理、需补正或不予受理");
        }
        // The reason is typed into a text box: its line breaks become spaces, any other control character is refused.
        String why = FreeText.check("reason", "理由", reason == null ? "" : reason.strip().replaceAll("\\R", " "));
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "请填写" + verdict.label() + "的理由");
        }
        if (why.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "理由不能超过 " + REASON_MAX + " 个字");
        }
        Assessment a = assessor.assess(c);
        if (!a.allows(verdict)) {
            throw new InvalidInputException("verdict", "不能作出“" + verdict.label() + "”结论：" + a.refused().get(verdict));
        }
        LocalDate today = today();
        if (verdict == CaseStatus.ACCEPTED_WITH_WAIVER) {
            if (promised == null) {
                throw new InvalidInputException("promisedDate", "容缺受理须填写申请人承诺补齐材料的日期");
            }
            if (!promised.isAfter(today) || promised.isAfter(today.plusYears(1))) {
                throw new InvalidInputException("promisedDate", "承诺补齐日期应在今天之后、一年以内");
            }
            c.setPromisedDate(promised);
        } else {
            promised = null;
        }
        String record;
        String detail = verdict.label() + "：" + why;
        if (verdict == CaseStatus.CORRECTION) {
            record = write(notice(c, a, verdict, why, null, actor, today));
            detail += "（一次告知补正 " + a.outstanding().size() + " 项）";
        } else if (verdict.accepted()) {
            record = write(dispatch(c, a, verdict, promised, actor, today));
            if (verdict == CaseStatus.ACCEPTED_WITH_WAIVER) {
                detail += "（容缺 " + a.outstanding().size() + " 项，承诺 " + promised + " 前补齐）";
            }
        } else {
            record = null;
            detail += "（" + String.join("；", a.advice().unmetConditions().stream()
                    .map(u -> u.matterName() + "：" + u.message()).toList()) + "）";
        }
        return save(c, CaseEvent.Kind.VERDICT, verdict, detail, a, record, actor);
    }

    /** The 一次性告知书 of the last 需补正, or the 容缺受理 notice, as printed when given. */
    public Notice notice(PrecheckCase c) {
        var e = c.lastVerdict(CaseStatus.CORRECTION, CaseStatus.ACCEPTED_WITH_WAIVER)
                .orElseThrow(() -> new CaseStateException("本案件还没有需补正或容缺受理的结论，没有告知书可打印"));
        if (e.status() == CaseStatus.ACCEPTED_WITH_WAIVER) {
            Dispatch d = JSON.readValue(e.record(), Dispatch.class);
            return new Notice(CaseStatus.ACCEPTED_WITH_WAIVER, d.caseNumber(), d.themeName(), d.jurisdiction(),
                    d.leadDepartment(), d.applicantName(), d.applicantIdMasked(), c.getReceivedOn(), d.acceptedOn(),
                    null, d.calendarCovered(), d.waived(), "", d.clerk(), d.promisedDate(), d.rulesetVersion(),
                    d.clerkName()).named(names);
        }
        return JSON.readValue(e.record(), Notice.class).named(names);
    }

    /** The dispatch sheets made on acceptance. */
    public Dispatch dispatch(PrecheckCase c) {
        var e = c.lastVerdict(CaseStatus.ACCEPTED, CaseStatus.ACCEPTED_WITH_WAIVER)
                .orElseThrow(() -> new CaseStateException("本案件尚未受理，还没有分办单"));
        return JSON.readValue(e.record(), Dispatch.class).named(names);
    }

    /**
     * The 收件凭证 of the materials in hand now, each with the originals and copies the case's one set
     * asks for it (a material the current rules no longer ask for keeps its name, without counts).
     */
    public Receipt receipt(PrecheckCase c) {
        Map<String, ReceivedMaterial> received = c.getMaterials();
        if (received.isEmpty()) {
            throw new CaseStateException("本案件还没有登记收到的材料，没有收件凭证可打印；请先在“材料登记”中勾选并保存");
        }
        Assessment a = assessor.assess(c);
        List<Receipt.Line> lines = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        int originals = 0;
        int copies = 0;
        for (Advice.MaterialView m : a.advice().materials()) {
            ReceivedMaterial r = received.get(m.id());
            if (r != null) {
                lines.add(new Receipt.Line(m.id(), m.name(), m.originals(), m.copies(), r.defective(), r.note()));
                listed.add(m.id());
                originals += m.originals();
                copies += m.copies();
            }
        }
        for (var e : received.entrySet()) {
            if (!listed.contains(e.getKey())) {
                var def = rules.current().materials().get(e.getKey());
                lines.add(new Receipt.Line(e.getKey(), def == null ? e.getKey() : def.name(), 0, 0, e.getValue().defective(),
                        e.getValue().note()));
            }
        }
        CaseEvent registered = null;
        for (CaseEvent e : c.getEvents()) {
            if (e.kind() == CaseEvent.Kind.MATERIALS) {
                registered = e;
            }
        }
        LocalDate on = registered == null ? c.getReceivedOn()
                : registered.happenedAt().atZoneSameInstant(PrecheckCase.ZONE).toLocalDate();
        String clerk = registered == null ? c.getCreatedBy() : registered.actor();
        var t = a.theme().theme();
        return new Receipt(c.number(), t.name(), t.jurisdiction(), c.getApplicant().name(),
                c.getApplicant().maskedIdNumber(), on, clerk, names.of(clerk), lines, originals, copies);
    }

    /** The 容缺受理 acceptance, whose sheets hold what the applicant's 承诺书 promises to bring and by when. */
    public Dispatch commitment(PrecheckCase c) {
        if (c.lastVerdict(CaseStatus.ACCEPTED_WITH_WAIVER).isEmpty()) {
            throw new CaseStateException("本案件没有容缺受理的结论，没有容缺受理承诺书可打印");
        }
        return dispatch(c);
    }

    private Notice notice(PrecheckCase c, Assessment a, CaseStatus verdict, String reason, LocalDate promised,
            String actor, LocalDate today) {
        LocalDate deadline = workingDays.plus(c.getReceivedOn(), NOTICE_WORKING_DAYS);
        var t = a.theme().theme();
        return new Notice(verdict, c.number(), t.name(), t.jurisdiction(), t.leadDepartment(),
                c.getApplicant().name(), c.getApplicant().maskedIdNumber(), c.getReceivedOn(), today, deadline,
                workingDays.covers(deadline.getYear()), a.outstanding(), reason, actor, promised,
                a.advice().rulesetVersion(), names.of(actor));
    }

    private Dispatch dispatch(PrecheckCase c, Assessment a, CaseStatus verdict, LocalDate promised, String actor,
            LocalDate today) {
        Advice advice = a.advice();
        Set<String> waived = new LinkedHashSet<>();
        a.outstanding().forEach(i -> waived.add(i.id()));
        List<Dispatch.Sheet> sheets = new ArrayList<>();
        boolean covered = true;
        for (var d : advice.applicableByDepartment().entrySet()) {
            List<Dispatch.MatterLine> matters = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            for (Advice.MatterView m : d.getValue()) {
                // A matter that waits for another starts when that one is due, and is due its own time after.
                Advice.Schedule at = m.schedule();
                int startsAfter = at == null ? 0 : at.startsAfter();
                LocalDate due = m.timeLimitDays() == null ? null
                        : workingDays.plus(today, at == null ? m.timeLimitDays() : at.endsBy());
                covered &= due == null || workingDays.covers(due.getYear());
                matters.add(new Dispatch.MatterLine(m.id(), m.name(), m.timeLimitDays(), due,
                        at == null ? List.of() : at.waitsFor(), startsAfter,
                        startsAfter == 0 ? today : workingDays.plus(today, startsAfter)));
                ids.add(m.id());
            }
            List<Dispatch.MaterialLine> materials = new ArrayList<>();
            for (Advice.MaterialView m : advice.materials()) {
                if (m.requiredBy().stream().anyMatch(r -> ids.contains(r.id()))) {
                    String state = !m.needsSubmission() ? String.join("；", m.exemptions())
                            : waived.contains(m.id()) ? "容缺后补（承诺 " + promised + " 前）" : "已收取";
                    // What this department receives of it; the sheets add up to what the window received.
                    Advice.Share share = m.shares().stream().filter(x -> x.department().equals(d.getKey()))
                            .findFirst().orElse(null);
                    materials.add(new Dispatch.MaterialLine(m.id(), m.name(),
                            share == null ? "—" : share.quantity(), state, share == null ? "" : share.note(),
                            share == null ? 0 : share.originals(), share == null ? 0 : share.copies()));
                }
            }
            sheets.add(new Dispatch.Sheet(d.getKey(), matters, materials));
        }
        Integer days = advice.promisedWorkingDays();
        LocalDate due = days == null ? null : workingDays.plus(today, days);
        var t = a.theme().theme();
        Applicant p = c.getApplicant();
        return new Dispatch(c.number(), t.name(), t.jurisdiction(), t.leadDepartment(), p.name(),
                p.maskedIdNumber(), p.phone(), verdict, today, days, due, covered, actor, sheets,
                verdict == CaseStatus.ACCEPTED_WITH_WAIVER ? a.outstanding() : List.of(), promised,
                advice.rulesetVersion(), names.of(actor));
    }

    private PrecheckCase save(PrecheckCase c, CaseEvent.Kind kind, CaseStatus status, String detail, Assessment a,
            String record, String actor) {
        OffsetDateTime now = now();
        c.record(new CaseEvent(now, actor, kind, status, detail, a.advice().rulesetVersion(), record), now);
        try {
            PrecheckCase saved = cases.save(c);
            log.info("Case {} {} by {}: {}", saved.number(), kind, actor, status);
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw conflict(c.getId());
        }
    }

    private PrecheckCase load(long id, long version) {
        PrecheckCase c = get(id);
        if (c.getVersion() != version) {
            throw conflict(id);
        }
        return c;
    }

    private CaseConflictException conflict(long id) {
        PrecheckCase now = get(id);
        CaseEvent last = now.lastEvent();
        return new CaseConflictException("本案件已被 " + names.of(last.actor()) + " 于 "
                + last.happenedAt().atZoneSameInstant(PrecheckCase.ZONE).format(DateTimeFormatter.ofPattern("HH:mm:ss"))
                + " 修改（" + last.kind().label() + "），您的这次操作未保存。请刷新页面，核对后重新操作。");
    }

    private static void requireOpen(PrecheckCase c, String action) {
        if (c.getStatus().decided()) {
            throw closed(c, action);
        }
    }

    private static CaseStateException closed(PrecheckCase c, String action) {
        return new CaseStateException("本案件已" + c.getStatus().label() + "，不能再" + action);
    }

    private static CompiledTheme themeOf(Ruleset ruleset, PrecheckCase c) {
        return CaseAssessor.themeOf(ruleset, c);
    }

    private static String name(Assessment a, String materialId) {
        return a.advice().materials().stream().filter(m -> m.id().equals(materialId)).map(Advice.MaterialView::name)
                .findFirst().orElse(materialId);
    }

    private static String answerChanges(CompiledTheme theme, Map<String, String> before, Map<String, String> after) {
        List<String> changes = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            String was = before.get(k);
            String is = after.get(k);
            if (!Objects.equals(was, is)) {
                QuestionDef q = theme.questionsByKey().get(k);
                String text = q == null ? k : q.text();
                changes.add(text + "：" + label(q, was) + " → " + label(q, is));
            }
        }
        return changes.isEmpty() ? "情形未变" : String.join("；", changes);
    }

    private static String label(QuestionDef q, String value) {
        if (value == null) {
            return "（未答）";
        }
        if (q == null) {
            return value;
        }
        return switch (q.type()) {
            case BOOLEAN -> "true".equals(value) ? "是" : "false".equals(value) ? "否" : value;
            case CHOICE -> q.options().stream().filter(o -> o.value().equals(value)).map(o -> o.label())
                    .findFirst().orElse(value);
            default -> value;
        };
    }

    private static String materialChanges(Assessment a, Map<String, ReceivedMaterial> before,
            Map<String, ReceivedMaterial> after) {
        List<String> received = new ArrayList<>();
        List<String> defective = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        for (var e : after.entrySet()) {
            ReceivedMaterial was = before.get(e.getKey());
            if (e.getValue().equals(was)) {
                continue;
            }
            if (e.getValue().defective()) {
                defective.add(name(a, e.getKey()) + "（" + e.getValue().note() + "）");
            } else {
                received.add(name(a, e.getKey()));
            }
        }
        for (String id : before.keySet()) {
            if (!after.containsKey(id)) {
                withdrawn.add(name(a, id));
            }
        }
        List<String> parts = new ArrayList<>();
        if (!received.isEmpty()) {
            parts.add("收取：" + String.join("、", received));
        }
        if (!defective.isEmpty()) {
            parts.add("有缺陷：" + String.join("、", defective));
        }
        if (!withdrawn.isEmpty()) {
            parts.add("取消勾选：" + String.join("、", withdrawn));
        }
        return String.join("；", parts);
    }

    private String write(Object record) {
        return JSON.writeValueAsString(record);
    }

    private OffsetDateTime now() {
        // Microseconds: what both databases store, so a reloaded case reads exactly as it was saved.
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PrecheckCase.ZONE));
    }
}
