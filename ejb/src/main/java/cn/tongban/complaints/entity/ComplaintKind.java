package cn.tongban.complaints.entity;

/** What the complainant files (第十二条): a complaint about how they were served, or a report of misconduct. */
public enum ComplaintKind {
    /** 投诉: the complainant was served badly (late, rude, asked for more than the guide says). */
    COMPLAINT,
    /** 检举: misconduct the complainant knows of, not necessarily against themselves. */
    REPORT
}
