package cn.tongban.web.notifications;

import cn.tongban.notifications.boundary.Inbox;
import cn.tongban.notifications.entity.InboxMessage;
import cn.tongban.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * {@code applicant/inbox.xhtml} (站内信) and {@code staff/inbox.xhtml}: the caller's messages, newest first — an
 * applicant's about the steps of their applications, a member of staff's about deadline alerts — and marking them read.
 */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inbox inbox;

    private transient List<InboxMessage> messages;

    public List<InboxMessage> getMessages() {
        if (messages == null) {
            messages = inbox.messages();
        }
        return messages;
    }

    public void markRead(long messageId) {
        inbox.markRead(messageId);
        messages = null;
    }

    public void markAllRead() {
        Messages.info("inbox.markedAll", inbox.markAllRead());
        messages = null;
    }
}
