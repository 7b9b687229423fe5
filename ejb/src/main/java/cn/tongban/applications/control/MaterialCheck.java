package cn.tongban.applications.control;

import cn.tongban.blankforms.control.FormFileCheck;
import cn.tongban.blankforms.entity.FileSize;
import cn.tongban.platform.entity.BusinessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides whether an uploaded file may become a material (网上申报, 第四条): a clean file name; not empty; within
 * the size limit per file ({@code tongban.materials.max-bytes}) and, with what the application already holds,
 * per application ({@code tongban.materials.max-total-bytes}); bytes that are the PDF, Word, Excel, PNG or JPEG
 * file the extension announces, without macros — told from the content, never from the name; and a clean verdict
 * of the {@link VirusScan}. A refusal says which rule the file broke; nothing is stored.
 */
@Dependent
public class MaterialCheck {

    @Inject
    VirusScan virusScan;

    @Inject
    @ConfigProperty(name = "tongban.materials.max-bytes", defaultValue = "8388608")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "tongban.materials.max-total-bytes", defaultValue = "52428800")
    long maxTotalBytes;

    public FormFileCheck.Checked check(String fileName, byte[] content, long alreadyStored) {
        FormFileCheck.Checked checked = FormFileCheck.check(fileName, content, maxBytes);
        if (alreadyStored + content.length > maxTotalBytes) {
            throw BusinessException.invalid("material.totalTooLarge", checked.name().value(), FileSize.format(maxTotalBytes));
        }
        VirusScan.Verdict verdict = virusScan.scan(checked.name().value(), content);
        if (!verdict.isClean()) {
            throw BusinessException.unprocessable("material.infected", checked.name().value(), verdict.threat());
        }
        return checked;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
