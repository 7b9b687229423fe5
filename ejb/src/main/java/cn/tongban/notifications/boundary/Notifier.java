package cn.tongban.notifications.boundary;

import cn.tongban.accounts.entity.Account;
import cn.tongban.notices.control.NoticePrinting;
import cn.tongban.notices.control.NoticeTexts;
import cn.tongban.notices.entity.Notice;
import cn.tongban.notifications.control.SmsGateway;
import cn.tongban.notifications.entity.InboxMessage;
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
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the applicant of a step outside the portal (结果反馈, 第四条; 第二十七条(五)): an e-mail through the
 * server's mail session ({@code java:jboss/mail/tongban}) in Chinese and English with the notice attached,
 * and a text through the {@link SmsGateway}. Runs asynchronously after the step has committed; a failure is
 * logged and changes nothing, since the inbox message and the notice are already stored.
 */
@Stateless
@PermitAll
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());
    private static final String SMTP_TIMEOUT_MILLIS = "20000";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/tongban")
    Session mail;

    @Inject
    SmsGateway sms;

    @Inject
    NoticePrinting printing;

    @Inject
    Clock clock;

    @Asynchronous
    public void notifyApplicant(long statusChangeId) {
        Optional<InboxMessage> found = em.createNamedQuery(InboxMessage.FIND_BY_STATUS_CHANGE, InboxMessage.class)
                .setParameter("statusChange", statusChangeId)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return;
        }
        InboxMessage message = found.get();
        Account applicant = message.getRecipient();
        if (applicant.getEmail() != null && !applicant.getEmail().isBlank()) {
            try {
                Transport.send(email(message, applicant.getEmail().strip(), notice(statusChangeId)));
            } catch (MessagingException | RuntimeException e) {
                failed("e-mail", message, e);
            }
        }
        if (applicant.getPhone() != null && !applicant.getPhone().isBlank()) {
            try {
                sms.send(applicant.getPhone().strip(), NoticeTexts.chinese().stepMessage(message.getStep(),
                        message.getMatterName(), message.getReceiptNumber()));
            } catch (RuntimeException e) {
                failed("SMS", message, e);
            }
        }
    }

    /** The inbox holds the message in any case: a failed delivery is a warning, its stack trace a detail. */
    private static void failed(String channel, InboxMessage message, Exception e) {
        LOG.warning(() -> channel + " of " + message.getStep() + " on " + message.getReceiptNumber() + " not sent: " + e);
        LOG.log(Level.FINE, channel + " failure", e);
    }

    /**
     * The server's session with time limits on connecting, reading and writing (JavaMail waits forever by
     * default), so that a mail server that hangs cannot hold the asynchronous threads. The session has no
     * authenticator to carry over.
     */
    private Session timedSession() {
        Properties properties = new Properties();
        properties.putAll(mail.getProperties());
        properties.putIfAbsent("mail.smtp.connectiontimeout", SMTP_TIMEOUT_MILLIS);
        properties.putIfAbsent("mail.smtp.timeout", SMTP_TIMEOUT_MILLIS);
        properties.putIfAbsent("mail.smtp.writetimeout", SMTP_TIMEOUT_MILLIS);
        return Session.getInstance(properties);
    }

    private Optional<Notice> notice(long statusChangeId) {
        return em.createNamedQuery(Notice.FIND_BY_STATUS_CHANGE, Notice.class)
                .setParameter("statusChange", statusChangeId)
                .getResultStream().findFirst();
    }

    MimeMessage email(InboxMessage message, String to, Optional<Notice> notice) throws MessagingException {
        NoticeTexts zh = NoticeTexts.chinese();
        NoticeTexts en = NoticeTexts.english();
        String matter = message.getMatterName();
        String receipt = message.getReceiptNumber();
        String link = printing.base() + "/applicant/applications.xhtml";
        StringBuilder body = new StringBuilder()
                .append(zh.stepMessage(message.getStep(), matter, receipt)).append("\n\n");
        notice.ifPresent(n -> body.append(zh.text("notify.attached", zh.title(n.getKind()), n.getNumber())).append("\n"));
        body.append(zh.text("notify.link", link)).append("\n").append(zh.text("notify.footer")).append("\n\n")
                .append("----\n")
                .append(en.stepMessage(message.getStep(), matter, receipt)).append("\n\n");
        notice.ifPresent(n -> body.append(en.text("notify.attached", zh.title(n.getKind()), n.getNumber())).append("\n"));
        body.append(en.text("notify.link", link)).append("\n").append(en.text("notify.footer")).append("\n");

        MimeMessage email = new MimeMessage(timedSession());
        email.setFrom();
        email.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        email.setSubject(zh.text("notify.subject", zh.text("notify.title." + message.getStep()), receipt),
                StandardCharsets.UTF_8.name());
        email.setSentDate(Date.from(clock.instant()));
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body.toString(), StandardCharsets.UTF_8.name());
        parts.addBodyPart(text);
        if (notice.isPresent()) {
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(printing.pdf(notice.get()), "application/pdf")));
            attachment.setFileName(notice.get().getNumber() + ".pdf");
            attachment.setDisposition(MimeBodyPart.ATTACHMENT);
            parts.addBodyPart(attachment);
        }
        email.setContent(parts);
        return email;
    }
}
