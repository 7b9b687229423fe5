package cn.tongban.rest.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of matters. */
@Schema(name = "MatterPage")
public record MatterPageJson(int page, int size, long total, List<MatterJson> items) {
}
