package cn.tongban.supervision.boundary;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.supervision.control.SupervisionLetters;
import cn.tongban.supervision.control.SupervisionTexts;
import cn.tongban.supervision.entity.SupervisionNotice;
import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells a department of a notice issued to it (第二十七条): an e-mail with the PDF attached to its business owners
 * and leaders who have an address, through the server's mail session. Runs asynchronously after the notice is
 * issued; a failure is logged and changes nothing, since the department finds the notice under 监察整改 anyway.
 */
@Stateless
@PermitAll
public class DepartmentMail {

    private static final Logger LOG = Logger.getLogger(DepartmentMail.class.getName());
    private static final String SMTP_TIMEOUT_MILLIS = "20000";
    private static final String RECIPIENTS = """
            SELECT a FROM Account a WHERE a.department = :department AND a.enabled = TRUE AND a.email IS NOT NULL""";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/tongban")
    Session mail;

    @Inject
    SupervisionLetters letters;

    @Inject
    Clock clock;

    @Asynchronous
    public void send(long noticeId) {
        SupervisionNotice notice = em.find(SupervisionNotice.class, noticeId);
        if (notice == null || !notice.isIssued()) {
            return;
        }
        List<Account> recipients = em.createQuery(RECIPIENTS, Account.class)
                .setParameter("department", notice.getSupervisionCase().getDepartment())
                .getResultStream()
                .filter(a -> a.hasRole(Role.DEPT_ADMIN) || a.hasRole(Role.APPROVER))
                .filter(a -> !a.getEmail().isBlank())
                .toList();
        if (recipients.isEmpty()) {
            return;
        }
        try {
            Transport.send(email(notice, recipients));
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "notice " + notice.getNumber() + " not mailed: " + e);
            LOG.log(Level.FINE, "mail failure", e);
        }
    }

    MimeMessage email(SupervisionNotice notice, List<Account> recipients) throws MessagingException {
        SupervisionTexts texts = SupervisionTexts.chinese();
        String title = texts.title(notice.getKind());
        MimeMessage email = new MimeMessage(timedSession());
        email.setFrom();
        for (Account recipient : recipients) {
            email.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient.getEmail().strip(), true));
        }
        email.setSubject(texts.text("mail.subject", title, notice.getNumber()), StandardCharsets.UTF_8.name());
        email.setSentDate(Date.from(clock.instant()));
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(texts.text("mail.body", notice.getDepartmentName(), title, notice.getNumber(),
                notice.getSupervisionCase().getNumber()), StandardCharsets.UTF_8.name());
        parts.addBodyPart(text);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(letters.pdf(notice), "application/pdf")));
        attachment.setFileName(notice.getNumber() + ".pdf");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        parts.addBodyPart(attachment);
        email.setContent(parts);
        return email;
    }

    /** The server's session with time limits, so that a hanging mail server cannot hold the asynchronous threads. */
    private Session timedSession() {
        Properties properties = new Properties();
        properties.putAll(mail.getProperties());
        properties.putIfAbsent("mail.smtp.connectiontimeout", SMTP_TIMEOUT_MILLIS);
        properties.putIfAbsent("mail.smtp.timeout", SMTP_TIMEOUT_MILLIS);
        properties.putIfAbsent("mail.smtp.writetimeout", SMTP_TIMEOUT_MILLIS);
        return Session.getInstance(properties);
    }
}
