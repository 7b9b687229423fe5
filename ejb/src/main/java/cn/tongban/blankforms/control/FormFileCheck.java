package cn.tongban.blankforms.control;

import cn.tongban.blankforms.entity.FileSize;
import cn.tongban.blankforms.entity.FileType;
import cn.tongban.blankforms.entity.FormFileName;
import cn.tongban.platform.entity.BusinessException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Decides whether an uploaded file may become a blank form: a clean name, not empty, within the size limit,
 * and bytes that are what the name's extension says. A refusal is an INVALID {@link BusinessException}
 * saying which rule the file broke, so the caller can correct it; nothing is stored.
 */
public final class FormFileCheck {

    private FormFileCheck() {
    }

    /** A file that passed: its cleaned name, its type as its bytes show it, and their SHA-256 in hex. */
    public record Checked(FormFileName name, FileType type, String sha256) {
    }

    public static Checked check(String rawName, byte[] content, long maxBytes) {
        FormFileName name = FormFileName.of(rawName);
        if (content == null || content.length == 0) {
            throw BusinessException.invalid("blankForm.empty", name.value());
        }
        if (content.length > maxBytes) {
            throw BusinessException.invalid("blankForm.tooLarge", name.value(), FileSize.format(content.length),
                    FileSize.format(maxBytes));
        }
        FileType announced = name.announcedType();
        SniffedContent sniffed = ContentSniffer.sniff(content);
        FileType actual = sniffed.fileType().orElseThrow(() ->
                BusinessException.invalid("blankForm.content." + sniffed.name(), name.value(), announced.name()));
        if (actual != announced) {
            throw BusinessException.invalid("blankForm.extensionMismatch", name.value(), actual.name(), name.extension());
        }
        return new Checked(name, actual, sha256(content));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
