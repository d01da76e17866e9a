package cn.hubei.yishi.advisor.advice;

import java.util.Map;

import cn.hubei.yishi.advisor.facts.Requires;
import cn.hubei.yishi.advisor.facts.Unmet;
import cn.hubei.yishi.advisor.rules.CompiledTheme;
import cn.hubei.yishi.advisor.rules.Ruleset;

/**
 * The benchmark's baseline: 高校毕业生就业一件事 (rules/themes/graduate-employment/logic.drl, its nine
 * matter files and common/classification.drl) written by hand as plain Java if/else, feeding the same
 * assembly of the advice. {@link HandWrittenBaselineTest} holds it to the same answers as the rules,
 * so the ratio compares like with like. It is a measuring stick, not a second source of policy.
 */
final class HandWrittenGraduateEmployment {

    private final Evaluator evaluator;

    HandWrittenGraduateEmployment(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    Advice evaluate(Ruleset ruleset, CompiledTheme theme, EvaluationInput input) {
        return evaluator.evaluate(ruleset, theme, input, this::decide);
    }

    RuleOutcome decide(Map<String, Object> a) {
        RuleOutcome o = new RuleOutcome();
        ask(o, "graduate-employment-status");
        ask(o, "graduate-employment-archive");
        ask(o, "graduate-employment-has-card");
        ask(o, "graduate-employment-hukou");
        ask(o, "by-agent");

        Object status = a.get("graduate-employment-status");
        if ("employed".equals(status)) {
            no(o, "personal-employment-registration", "被用人单位录用的，由用人单位办理就业登记，无需本人登记");
            yes(o, "employee-medical-insurance-registration", "被用人单位录用，由用人单位为其办理职工基本医疗保险参保登记");
            no(o, "flexible-employment-insurance-enrolment", "由用人单位为其参加职工社会保险，不按灵活就业人员参保");
            no(o, "flexible-employment-contribution-declaration", "社会保险费由用人单位申报缴纳");
            no(o, "graduate-social-insurance-subsidy", "在用人单位就业并参保，不属于灵活就业社保补贴对象");
        } else if ("flexible".equals(status) || "self-employed".equals(status)) {
            String reason = "flexible".equals(status) ? "已实现灵活就业" : "从事个体经营（无雇工）";
            yes(o, "personal-employment-registration", reason + "，由本人办理就业登记");
            no(o, "employee-medical-insurance-registration", "没有用人单位，不办理职工参保登记");
            yes(o, "flexible-employment-insurance-enrolment", reason + "，以灵活就业人员身份参加企业职工基本养老保险");
            yes(o, "flexible-employment-contribution-declaration", "灵活就业人员参保后，向税务部门申报缴纳社会保险费");
            ask(o, "graduate-employment-subsidy");
            Object subsidy = a.get("graduate-employment-subsidy");
            if (Boolean.TRUE.equals(subsidy)) {
                yes(o, "graduate-social-insurance-subsidy", "灵活就业后缴纳社会保险费，申领高校毕业生社保补贴");
            } else if (Boolean.FALSE.equals(subsidy)) {
                no(o, "graduate-social-insurance-subsidy", "本次不申领高校毕业生社保补贴");
            }
        } else if ("none".equals(status)) {
            no(o, "personal-employment-registration", "尚未就业，暂不办理就业登记");
            no(o, "employee-medical-insurance-registration", "尚未被用人单位录用");
            no(o, "flexible-employment-insurance-enrolment", "尚未就业；实现灵活就业后可办理参保");
            no(o, "flexible-employment-contribution-declaration", "尚未参加灵活就业人员社会保险");
            no(o, "graduate-social-insurance-subsidy", "社保补贴针对灵活就业后缴纳社会保险费的高校毕业生");
        }

        Object archive = a.get("graduate-employment-archive");
        if ("receive".equals(archive)) {
            yes(o, "archive-receipt", "档案转入本地公共就业和人才服务机构存放");
            no(o, "archive-transfer-out", "档案转入本地，不涉及转出");
        } else if ("transfer-out".equals(archive)) {
            no(o, "archive-receipt", "档案已在本地存放，无需接收");
            yes(o, "archive-transfer-out", "档案由本地公共就业和人才服务机构转往用人单位或外地");
        } else if ("keep".equals(archive)) {
            no(o, "archive-receipt", "档案已在本地存放，无需接收");
            no(o, "archive-transfer-out", "档案继续在本地存放，无需转出");
        }
        Object card = a.get("graduate-employment-has-card");
        if (Boolean.FALSE.equals(card)) {
            yes(o, "social-security-card-application", "尚未持有社会保障卡，首次申领");
        } else if (Boolean.TRUE.equals(card)) {
            no(o, "social-security-card-application", "已持有社会保障卡，无需重复申领");
        }
        Object hukou = a.get("graduate-employment-hukou");
        if (Boolean.TRUE.equals(hukou)) {
            yes(o, "graduate-hukou-transfer", "大学毕业生将户口迁入本地");
        } else if (Boolean.FALSE.equals(hukou)) {
            no(o, "graduate-hukou-transfer", "户口暂不迁移");
        }

        if (applies(o, "graduate-hukou-transfer")) {
            String m = "graduate-hukou-transfer";
            ask(o, "graduate-has-diploma");
            ask(o, "graduate-hukou-destination");
            req(o, Requires.original(m, "hukou-transfer-application"));
            req(o, Requires.original(m, "id-card"));
            req(o, Requires.originalAndCopy(m, "graduation-certificate", 1));
            Object destination = a.get("graduate-hukou-destination");
            if ("family".equals(destination)) {
                req(o, Requires.original(m, "hukou-book").note("迁入户的居民户口簿"));
                req(o, Requires.original(m, "hukou-householder-consent"));
            } else if ("own-house".equals(destination)) {
                req(o, Requires.copy(m, "property-certificate").note("申请人本人名下的住房"));
            } else if ("collective".equals(destination)) {
                req(o, Requires.original(m, "collective-hukou-acceptance"));
            } else if ("community".equals(destination)) {
                req(o, Requires.copy(m, "lease-contract").note("落户地址所在社区的房屋租赁合同，户口迁入社区公共集体户"));
            }
            if (Boolean.FALSE.equals(a.get("graduate-has-diploma"))) {
                o.unmet.add(new Unmet(m, "按大学毕业生落户办理，须已取得普通高等学校（大专及以上）毕业证书；尚未毕业的可在取得毕业证书后申请，或按其他落户条件办理",
                        "《中华人民共和国户口登记条例》第十三条；户口迁移审批（大学毕业生落户）办事指南受理条件"));
            }
        }
        if (applies(o, "personal-employment-registration")) {
            String m = "personal-employment-registration";
            req(o, Requires.original(m, "id-card").note("或社会保障卡"));
            req(o, Requires.original(m, "flexible-employment-registration-form"));
            if ("self-employed".equals(status)) {
                req(o, Requires.copy(m, "business-licence").note("个体工商户营业执照"));
            }
        }
        if (applies(o, "graduate-social-insurance-subsidy")) {
            String m = "graduate-social-insurance-subsidy";
            ask(o, "graduate-social-insurance-subsidy-within-two-years");
            req(o, Requires.original(m, "graduate-subsidy-application"));
            req(o, Requires.original(m, "id-card"));
            req(o, Requires.copy(m, "graduation-certificate"));
            req(o, Requires.copy(m, "social-insurance-payment-voucher"));
            req(o, Requires.copy(m, "social-security-card").note("补贴发放到本人社会保障卡金融账户"));
            if (Boolean.FALSE.equals(a.get("graduate-social-insurance-subsidy-within-two-years"))) {
                o.unmet.add(new Unmet(m, "高校毕业生灵活就业社会保险补贴的对象是离校2年内未就业、灵活就业后缴纳社会保险费的高校毕业生；离校已超过2年的，可按就业困难人员等其他条件申请",
                        "《就业补助资金管理办法》（财社〔2017〕164号）；《国务院办公厅关于进一步做好高校毕业生等青年就业创业工作的通知》（国办发〔2022〕13号）"));
            }
        }
        if (applies(o, "archive-receipt")) {
            String m = "archive-receipt";
            ask(o, "archive-receipt-local");
            req(o, Requires.original(m, "archive-receipt-application"));
            req(o, Requires.original(m, "id-card"));
            req(o, Requires.copy(m, "graduation-certificate"));
            if (Boolean.FALSE.equals(a.get("archive-receipt-local"))) {
                o.unmet.add(new Unmet(m, "流动人员人事档案由户籍所在地或现工作单位所在地的公共就业和人才服务机构接收；户籍和工作单位均不在本地的，请向户籍所在地或工作单位所在地的机构申请存档",
                        "《流动人员人事档案管理服务规定》"));
            }
        }
        if (applies(o, "archive-transfer-out")) {
            String m = "archive-transfer-out";
            ask(o, "archive-transfer-out-letter-issued");
            req(o, Requires.original(m, "archive-transfer-application"));
            req(o, Requires.original(m, "id-card"));
            req(o, Requires.original(m, "archive-transfer-letter"));
            if (Boolean.FALSE.equals(a.get("archive-transfer-out-letter-issued"))) {
                o.unmet.add(new Unmet(m, "档案转出须凭接收单位或接收地公共就业和人才服务机构出具的调档函；请先由接收方开具调档函",
                        "《流动人员人事档案管理服务规定》"));
            }
        }
        if (applies(o, "flexible-employment-insurance-enrolment")) {
            String m = "flexible-employment-insurance-enrolment";
            req(o, Requires.original(m, "flexible-insurance-registration-form"));
            req(o, Requires.original(m, "id-card").note("或社会保障卡"));
        }
        if (applies(o, "social-security-card-application")) {
            String m = "social-security-card-application";
            req(o, Requires.original(m, "social-security-card-application-form"));
            req(o, Requires.original(m, "id-card"));
            req(o, Requires.original(m, "photo").note("符合社会保障卡照片标准；可使用公安机关居民身份证照片或在网点现场采集"));
        }
        if (applies(o, "employee-medical-insurance-registration")) {
            String m = "employee-medical-insurance-registration";
            ask(o, "employee-medical-insurance-registration-employer-enrolled");
            req(o, Requires.original(m, "medical-insurance-staff-addition-form"));
            req(o, Requires.copy(m, "id-card").note("职工本人身份证"));
            req(o, Requires.copy(m, "labour-contract"));
            if (Boolean.FALSE.equals(a.get("employee-medical-insurance-registration-employer-enrolled"))) {
                o.unmet.add(new Unmet(m, "用人单位须先办理单位医疗保险参保登记，才能为职工办理参保登记；请用人单位先行办理",
                        "《中华人民共和国社会保险法》第五十七条第一款"));
            }
        }
        if (applies(o, "flexible-employment-contribution-declaration")) {
            String m = "flexible-employment-contribution-declaration";
            ask(o, "flexible-employment-contribution-declaration-method");
            req(o, Requires.original(m, "id-card"));
            req(o, Requires.copy(m, "social-insurance-enrolment-record"));
            if ("deduction".equals(a.get("flexible-employment-contribution-declaration-method"))) {
                req(o, Requires.original(m, "contribution-deduction-agreement"));
                req(o, Requires.copy(m, "social-security-card").note("代扣账户"));
            }
        }
        // common/classification.drl: an agent brings a power of attorney and their ID for every matter.
        if (Boolean.TRUE.equals(a.get("by-agent"))) {
            for (String m : o.applies.keySet()) {
                req(o, Requires.original(m, "power-of-attorney"));
                req(o, Requires.originalAndCopy(m, "agent-id-card", 1));
            }
        }
        return o;
    }

    private static void ask(RuleOutcome o, String key) {
        o.asked.add(key);
    }

    private static boolean applies(RuleOutcome o, String matter) {
        return o.applies.containsKey(matter);
    }

    private static void yes(RuleOutcome o, String matter, String reason) {
        o.applies.computeIfAbsent(matter, k -> new java.util.ArrayList<>(2)).add(reason);
    }

    private static void no(RuleOutcome o, String matter, String reason) {
        o.notApplicable.computeIfAbsent(matter, k -> new java.util.ArrayList<>(2)).add(reason);
    }

    private static void req(RuleOutcome o, Requires r) {
        o.requires.add(r);
    }
}
