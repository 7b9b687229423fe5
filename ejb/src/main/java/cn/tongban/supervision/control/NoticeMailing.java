package cn.tongban.supervision.control;

import cn.tongban.supervision.boundary.DepartmentMail;
import cn.tongban.supervision.entity.NoticeIssued;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Mails an issued notice to its department once the issuing transaction has committed, never before. */
@ApplicationScoped
public class NoticeMailing {

    @EJB
    DepartmentMail mail;

    void afterIssue(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeIssued issued) {
        mail.send(issued.noticeId());
    }
}
