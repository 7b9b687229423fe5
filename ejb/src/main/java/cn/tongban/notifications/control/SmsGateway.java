package cn.tongban.notifications.control;

/**
 * The port to an SMS gateway: texts the applicant's mobile phone of a step (结果反馈, 第四条). The platform has
 * no gateway contract yet; {@link LoggingSmsGateway} stands in, and a real adapter replaces it as a CDI
 * alternative.
 */
public interface SmsGateway {

    /** Sends a text; failures are the caller's to log, never to roll anything back. */
    void send(String mobile, String text);
}
