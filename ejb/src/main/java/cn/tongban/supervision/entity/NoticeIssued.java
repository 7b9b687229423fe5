package cn.tongban.supervision.entity;

/** A supervision notice was co-signed and issued to its department: fired in the issuing transaction. */
public record NoticeIssued(long noticeId) {
}
