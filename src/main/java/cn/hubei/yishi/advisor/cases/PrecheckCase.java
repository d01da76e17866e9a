package cn.hubei.yishi.advisor.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A case at the window: one aggregate, saved whole in one transaction. {@code version} is checked on
 * every save, so a clerk working on an old copy gets a conflict instead of overwriting a colleague.
 */
@Table("precheck_case")
public class PrecheckCase {

    /** Service centres are in Hubei: dates on notices and sheets are Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern NUMBER = Pattern.compile("YS(\\d{8})-?0*(\\d+)");

    @Id
    private Long id;
    @Version
    private Long version;
    private String precheckCode;
    private String themeId;
    private String answersQuery;
    @Embedded.Empty(prefix = "applicant_")
    private Applicant applicant;
    private CaseStatus status;
    private String rulesetVersion;
    private LocalDate receivedOn;
    private LocalDate promisedDate;
    private OffsetDateTime createdAt;
    private String createdBy;
    private OffsetDateTime updatedAt;
    @MappedCollection(idColumn = "case_id", keyColumn = "material_id")
    private Map<String, ReceivedMaterial> materials = new LinkedHashMap<>();
    @MappedCollection(idColumn = "case_id", keyColumn = "seq")
    private List<CaseEvent> events = new ArrayList<>();

    @PersistenceCreator
    PrecheckCase() {
    }

    /** A new case; its first history entry is recorded once it has been evaluated. */
    static PrecheckCase open(String precheckCode, String themeId, String answersQuery, Applicant applicant,
            String actor, OffsetDateTime now) {
        PrecheckCase c = new PrecheckCase();
        c.precheckCode = precheckCode;
        c.themeId = themeId;
        c.answersQuery = answersQuery;
        c.applicant = applicant;
        c.status = CaseStatus.OPEN;
        c.receivedOn = now.atZoneSameInstant(ZONE).toLocalDate();
        c.createdAt = now;
        c.createdBy = actor;
        c.updatedAt = now;
        return c;
    }

    /** YS20261122-00017: the receiving date and the database id, so the number is unique and readable. */
    public String number() {
        return number(id, createdAt);
    }

    static String number(Long id, OffsetDateTime createdAt) {
        return "YS" + createdAt.atZoneSameInstant(ZONE).format(DateTimeFormatter.ofPattern("yyyyMMdd", java.util.Locale.ROOT))
                + "-" + String.format(java.util.Locale.ROOT, "%05d", id);
    }

    /** The id in a case number as a clerk types it (YS20261122-00017, ys2026112217 …). */
    static Optional<Long> idFromNumber(String typed) {
        Matcher m = NUMBER.matcher(typed.strip().toUpperCase(java.util.Locale.ROOT));
        return m.matches() ? Optional.of(Long.parseLong(m.group(2))) : Optional.empty();
    }

    void record(CaseEvent event, OffsetDateTime now) {
        events.add(event);
        status = event.status();
        rulesetVersion = event.rulesetVersion();
        updatedAt = now;
    }

    void setAnswersQuery(String answersQuery) {
        this.answersQuery = answersQuery;
    }

    void setMaterials(Map<String, ReceivedMaterial> received) {
        materials = new LinkedHashMap<>(received);
    }

    void setApplicant(Applicant applicant) {
        this.applicant = applicant;
    }

    void setPromisedDate(LocalDate promisedDate) {
        this.promisedDate = promisedDate;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public String getPrecheckCode() {
        return precheckCode;
    }

    public String getThemeId() {
        return themeId;
    }

    public String getAnswersQuery() {
        return answersQuery;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getRulesetVersion() {
        return rulesetVersion;
    }

    /** The day the window received the application: the 5 working days of 行政许可法 第32条 run from it. */
    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    /** For 容缺受理: the date the applicant promised to hand in what was waived. */
    public LocalDate getPromisedDate() {
        return promisedDate;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public Map<String, ReceivedMaterial> getMaterials() {
        return Collections.unmodifiableMap(new java.util.TreeMap<>(materials));
    }

    public List<CaseEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    /** The latest verdict event of the given kinds, e.g. the last 需补正 for its notice. */
    public Optional<CaseEvent> lastVerdict(CaseStatus... statuses) {
        for (int i = events.size() - 1; i >= 0; i--) {
            CaseEvent e = events.get(i);
            if (e.kind() == CaseEvent.Kind.VERDICT && List.of(statuses).contains(e.status())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public CaseEvent lastEvent() {
        return events.get(events.size() - 1);
    }
}
