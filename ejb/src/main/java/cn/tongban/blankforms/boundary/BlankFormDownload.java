package cn.tongban.blankforms.boundary;

import cn.tongban.blankforms.entity.FormFileName;

import java.util.Arrays;
import java.util.Objects;

/**
 * A blank form ready to be sent: the bytes with what the HTTP answer needs to say about them. The web
 * module's download servlet and the API's resource both send it the same way.
 */
public record BlankFormDownload(FormFileName fileName, String contentType, String sha256, byte[] content) {

    public BlankFormDownload {
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(content);
    }

    /** The strong entity tag: the content's SHA-256, so it changes exactly when the bytes do. */
    public String etag() {
        return "\"" + sha256 + "\"";
    }

    /** Whether an {@code If-None-Match} header names this content, so that 304 Not Modified is the answer. */
    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag()));
    }

    public String contentDisposition() {
        return fileName.contentDisposition();
    }

    public long size() {
        return content.length;
    }
}
