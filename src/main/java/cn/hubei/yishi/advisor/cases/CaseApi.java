package cn.hubei.yishi.advisor.cases;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hubei.yishi.advisor.advice.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Cases for window systems (HTTP Basic, role CLERK). Every change carries the {@code version} the
 * caller last saw; a stale one gets 409 and changes nothing.
 */
@RestController
@RequestMapping(path = "/api/cases", produces = "application/json")
class CaseApi {

    private final CaseService cases;

    CaseApi(CaseService cases) {
        this.cases = cases;
    }

    @GetMapping
    List<CaseSummary> search(@RequestParam(required = false) String q, @RequestParam(required = false) String date) {
        return cases.search(q, date == null || date.isBlank() ? null : date(date, "date"));
    }

    /** {@code {"precheckCode": "ABCD-EFGH"} } or {@code {"themeId": …}}, with {@code applicant}. */
    @PostMapping(consumes = "application/json")
    ResponseEntity<CaseView> open(@RequestBody(required = false) JsonNode body, Principal user) {
        JsonNode b = object(body, "(body)");
        Applicant applicant = applicant(object(b.path("applicant"), "applicant"));
        String code = text(b, "precheckCode", "precheckCode");
        PrecheckCase c;
        boolean existed = false;
        if (code != null) {
            CaseService.Opened opened = cases.openFromCode(code, applicant, user.getName());
            c = opened.theCase();
            existed = opened.existed();
        } else {
            c = cases.openAtWindow(text(b, "themeId", "themeId"), applicant, user.getName());
        }
        CaseView view = CaseView.of(c, cases.assess(c));
        return existed ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/api/cases/" + c.getId())).body(view);
    }

    @GetMapping("/{id}")
    CaseView get(@PathVariable long id) {
        PrecheckCase c = cases.get(id);
        return CaseView.of(c, cases.assess(c));
    }

    /** {@code {"version": 3, "applicant": {"name": …, "idNumber": …, "phone": …}}}: a correction at the window. */
    @PutMapping(path = "/{id}/applicant", consumes = "application/json")
    CaseView correctApplicant(@PathVariable long id, @RequestBody(required = false) JsonNode body, Principal user) {
        JsonNode b = object(body, "(body)");
        PrecheckCase c = cases.correctApplicant(id, version(b), applicant(object(b.path("applicant"), "applicant")),
                user.getName());
        return CaseView.of(c, cases.assess(c));
    }

    /** {@code {"version": 3, "answers": {"question": value, …}}}: all answers, replacing the stored ones. */
    @PutMapping(path = "/{id}/answers", consumes = "application/json")
    CaseView answer(@PathVariable long id, @RequestBody(required = false) JsonNode body, Principal user) {
        JsonNode b = object(body, "(body)");
        Map<String, String> answers = new LinkedHashMap<>();
        object(b.path("answers"), "answers").properties().forEach(e -> {
            JsonNode v = e.getValue();
            if (v.isNull()) {
                return;
            }
            if (!v.isValueNode()) {
                throw new InvalidInputException("answers." + e.getKey(), "回答应为文字、数字、是否或日期");
            }
            answers.put(e.getKey(), v.asString());
        });
        PrecheckCase c = cases.answer(id, version(b), answers, user.getName());
        return CaseView.of(c, cases.assess(c));
    }

    /**
     * {@code {"version": 3, "materials": [{"id": "id-card"}, {"id": "lease", "defective": true, "note": …}]}}:
     * everything in hand, replacing the previous ticks.
     */
    @PutMapping(path = "/{id}/materials", consumes = "application/json")
    CaseView receive(@PathVariable long id, @RequestBody(required = false) JsonNode body, Principal user) {
        JsonNode b = object(body, "(body)");
        JsonNode list = b.path("materials");
        if (!list.isArray()) {
            throw new InvalidInputException("materials", "materials 应为数组，列出已收取的材料");
        }
        Map<String, ReceivedMaterial> received = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode m = object(list.get(i), "materials[" + i + "]");
            String materialId = text(m, "id", "materials[" + i + "].id");
            if (materialId == null) {
                throw new InvalidInputException("materials[" + i + "].id", "请写明材料编号 id");
            }
            JsonNode d = m.path("defective");
            if (!d.isMissingNode() && !d.isNull() && !d.isBoolean()) {
                throw new InvalidInputException("materials." + materialId + ".defective", "defective 应为 true 或 false");
            }
            received.put(materialId, new ReceivedMaterial(d.asBoolean(false), text(m, "note", "materials." + materialId + ".note")));
        }
        PrecheckCase c = cases.receive(id, version(b), received, user.getName());
        return CaseView.of(c, cases.assess(c));
    }

    /** {@code {"version": 4, "verdict": "CORRECTION", "reason": …, "promisedDate": "2026-12-01"}}. */
    @PostMapping(path = "/{id}/verdict", consumes = "application/json")
    CaseView decide(@PathVariable long id, @RequestBody(required = false) JsonNode body, Principal user) {
        JsonNode b = object(body, "(body)");
        String verdict = text(b, "verdict", "verdict");
        CaseStatus status;
        try {
            status = verdict == null ? null : CaseStatus.valueOf(verdict);
        } catch (IllegalArgumentException e) {
            status = null;
        }
        if (status == null || !status.isVerdict()) {
            throw new InvalidInputException("verdict",
                    "verdict 应为 ACCEPTED（可受理）、ACCEPTED_WITH_WAIVER（容缺受理）、CORRECTION（需补正）或 REJECTED（不予受理）");
        }
        String promised = text(b, "promisedDate", "promisedDate");
        PrecheckCase c = cases.decide(id, version(b), status, text(b, "reason", "reason"),
                promised == null ? null : date(promised, "promisedDate"), user.getName());
        return CaseView.of(c, cases.assess(c));
    }

    @GetMapping("/{id}/notice")
    Notice notice(@PathVariable long id) {
        return cases.notice(cases.get(id));
    }

    @GetMapping("/{id}/dispatch")
    Dispatch dispatch(@PathVariable long id) {
        return cases.dispatch(cases.get(id));
    }

    @GetMapping("/{id}/receipt")
    Receipt receipt(@PathVariable long id) {
        return cases.receipt(cases.get(id));
    }

    private static Applicant applicant(JsonNode p) {
        return Applicant.of(text(p, "name", "applicant.name"), text(p, "idNumber", "applicant.idNumber"),
                text(p, "phone", "applicant.phone"));
    }

    private static JsonNode object(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(field, field.equals("(body)") ? "请求体应为 JSON 对象" : field + " 应为 JSON 对象");
        }
        return node;
    }

    private static String text(JsonNode node, String name, String field) {
        JsonNode v = node.path(name);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new InvalidInputException(field, field + " 应为文字");
        }
        return v.asString();
    }

    private static long version(JsonNode b) {
        JsonNode v = b.path("version");
        if (!v.isIntegralNumber()) {
            throw new InvalidInputException("version", "请带上最近一次读取到的案件版本号 version（整数），以免覆盖他人的修改");
        }
        if (!v.canConvertToLong()) {
            throw new InvalidInputException("version", "案件版本号 version 超出范围，请使用最近一次读取到的版本号");
        }
        return v.asLong();
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " 应为日期，格式 yyyy-MM-dd，如 2026-12-01");
        }
    }
}
