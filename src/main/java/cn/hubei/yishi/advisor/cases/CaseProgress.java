package cn.hubei.yishi.advisor.cases;

import java.util.List;
import java.util.Optional;

import cn.hubei.yishi.advisor.precheck.PrecheckCodes;
import cn.hubei.yishi.advisor.precheck.WindowProgress;
import org.springframework.stereotype.Component;

/** The applicant's view of their case, by pre-check code: status and what to bring, no personal data. */
@Component
class CaseProgress implements WindowProgress {

    static final String REJECTED_NOTE = "经窗口审查，本申请不予受理，具体理由请咨询受理窗口或查看书面通知。";

    private final CaseRepository cases;
    private final CaseService service;

    CaseProgress(CaseRepository cases, CaseService service) {
        this.cases = cases;
        this.service = service;
    }

    @Override
    public Optional<Progress> forCode(String code) {
        return cases.findByPrecheckCode(PrecheckCodes.normalize(code)).map(c -> {
            CaseStatus s = c.getStatus();
            List<String> toBring = List.of();
            if (s == CaseStatus.CORRECTION || s == CaseStatus.ACCEPTED_WITH_WAIVER) {
                // What has come in since the notice is no longer asked for.
                toBring = service.notice(c).items().stream()
                        .filter(i -> c.getMaterials().get(i.id()) == null || c.getMaterials().get(i.id()).defective())
                        .map(i -> i.name() + "（" + i.quantity() + (i.note().isEmpty() ? "" : "；" + i.note()) + "）")
                        .toList();
            }
            Dispatch d = s.accepted() ? service.dispatch(c) : null;
            // The clerk's reason is free text and may name the applicant or their ID number: the code's holder
            // is not necessarily the applicant, so the anonymous page says only what it means.
            String reason = s == CaseStatus.REJECTED ? REJECTED_NOTE : "";
            return new Progress(c.number(), s.label(), s.name(), toBring, c.getPromisedDate(),
                    d == null ? null : d.dueDate(), reason);
        });
    }
}
