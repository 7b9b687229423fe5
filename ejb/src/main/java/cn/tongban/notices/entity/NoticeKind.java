package cn.tongban.notices.entity;

import cn.tongban.applications.entity.Step;

import java.util.Arrays;
import java.util.Optional;

/**
 * The written notices of 行政许可法 第三十二、三十八条 that the steps of an application issue, each to the
 * applicant (结果反馈, 第四条). The texts are in {@code cn.tongban.notices.notices}.
 */
public enum NoticeKind {
    /** 受理通知书. */
    ACCEPTANCE(Step.ACCEPTED, false),
    /** 补正告知书: lists what to correct, once and in full (第三十二条(四)). */
    CORRECTION(Step.CORRECTION_REQUESTED, false),
    /** 不予受理决定书: with the reason and its legal basis. */
    NON_ACCEPTANCE(Step.NOT_ACCEPTED, true),
    /** 准予行政许可决定书. */
    APPROVAL(Step.APPROVED, true),
    /** 不予行政许可决定书: with the reason, its legal basis and the remedies (第三十八条). */
    REJECTION(Step.REJECTED, true);

    private final Step step;
    private final boolean citesLegalBasis;

    NoticeKind(Step step, boolean citesLegalBasis) {
        this.step = step;
        this.citesLegalBasis = citesLegalBasis;
    }

    /** The notice a timeline line issues, if any. */
    public static Optional<NoticeKind> issuedBy(Step step) {
        return Arrays.stream(values()).filter(k -> k.step == step).findFirst();
    }

    public Step step() {
        return step;
    }

    /** Whether the notice states a legal basis (a refusal or a decision). */
    public boolean citesLegalBasis() {
        return citesLegalBasis;
    }
}
