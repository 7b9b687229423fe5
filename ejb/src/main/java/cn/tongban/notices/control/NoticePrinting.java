package cn.tongban.notices.control;

import cn.tongban.notices.entity.Notice;
import cn.tongban.platform.boundary.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Prints a stored notice: gathers what it states from its record and its timeline line (both written once)
 * and renders the PDF. The verification address is built on the portal's public address
 * ({@code tongban.public-url}).
 */
@ApplicationScoped
public class NoticePrinting {

    @Inject
    NoticePdf pdf;

    @Inject
    @ConfigProperty(name = "tongban.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public byte[] pdf(Notice notice) {
        return pdf.render(content(notice));
    }

    public NoticeContent content(Notice notice) {
        var line = notice.getStatusChange();
        return new NoticeContent(notice.getKind(), notice.getNumber(), notice.getVerificationCode(),
                verificationUrl(notice), notice.getReceiptNumber(), notice.getApplicantName(), notice.getMatterName(),
                notice.getDepartmentName(),
                notice.getApplication().getSubmittedAt().atZoneSameInstant(Clocks.CHINA).toLocalDate(),
                notice.getIssuedAt().atZoneSameInstant(Clocks.CHINA).toLocalDate(),
                line.getPublicOpinion(), line.getLegalBasis());
    }

    public String verificationUrl(Notice notice) {
        return base() + "/verify.xhtml?number=" + URLEncoder.encode(notice.getNumber(), StandardCharsets.UTF_8)
                + "&code=" + notice.getVerificationCode();
    }

    /** The portal's public address, without a trailing slash. */
    public String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
