package cn.tongban.rest.consultation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A matter's FAQ, the latest published first. */
@Schema(name = "Faq")
public record FaqJson(@Schema(example = "ZJJ-001") String matterCode, List<FaqEntryJson> entries) {
}
