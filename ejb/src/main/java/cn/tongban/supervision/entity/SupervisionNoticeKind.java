package cn.tongban.supervision.entity;

/** The two notices of 第二十七条: 警示 (a warning) and 整改通知 (a notice to rectify, by a date). */
public enum SupervisionNoticeKind {
    WARNING("J"),
    RECTIFICATION("Z");

    private final String letter;

    SupervisionNoticeKind(String letter) {
        this.letter = letter;
    }

    /** The letter in the notice's number: J for 警示, Z for 整改. */
    public String letter() {
        return letter;
    }

    /** Whether the notice sets a date by which the department must have rectified. */
    public boolean setsDeadline() {
        return this == RECTIFICATION;
    }
}
