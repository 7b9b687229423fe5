package cn.tongban.applications.entity;

import cn.tongban.blankforms.entity.FormFileName;

/** A material's file as it is downloaded: its name, its media type as sniffed at upload, and its bytes. */
public record MaterialDownload(FormFileName fileName, String contentType, String sha256, byte[] bytes) {
}
