package cn.tongban.catalogue.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The path of a matter version from the department's draft to the public guide (第十四条: 本单位主管领导审核确认后
 * …报市行政服务管理办公室备案; 第九条(四): the service office confirms the matters and flows that enter the system):
 *
 * <pre>
 * DRAFT ──confirm (department's APPROVER)──► CONFIRMED ──file (SERVICE_OFFICE)──► FILED
 *   ▲                                            │                                  │
 *   └──────────── return with a comment ─────────┴──────────────────────────────────┤
 *                                                                                   ▼
 *                 SUPERSEDED ◄── a newer one is in force ── IN_FORCE ◄── effective date ── PUBLISHED
 * </pre>
 */
public enum VersionStatus {
    DRAFT, CONFIRMED, FILED, PUBLISHED, IN_FORCE, SUPERSEDED;

    public Set<VersionStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(CONFIRMED);
            case CONFIRMED -> EnumSet.of(FILED, DRAFT);
            case FILED -> EnumSet.of(PUBLISHED, IN_FORCE, DRAFT);
            case PUBLISHED -> EnumSet.of(IN_FORCE);
            case IN_FORCE -> EnumSet.of(SUPERSEDED);
            case SUPERSEDED -> EnumSet.noneOf(VersionStatus.class);
        };
    }

    public boolean mayMoveTo(VersionStatus target) {
        return next().contains(target);
    }

    /** Still on its way to the public: a matter has at most one such version at a time. */
    public boolean isOpen() {
        return this == DRAFT || this == CONFIRMED || this == FILED || this == PUBLISHED;
    }
}
