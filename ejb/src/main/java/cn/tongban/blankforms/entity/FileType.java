package cn.tongban.blankforms.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a blank form or sample may be, with the media type it is served as and the file name
 * extensions that announce it. Nothing else is accepted: forms are documents, spreadsheets or scans.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The type a file name's extension announces, in any letter case; empty for any other extension. */
    public static Optional<FileType> ofExtension(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        String lower = extension.toLowerCase(Locale.ROOT);
        for (FileType type : values()) {
            if (type.extensions.contains(lower)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static Optional<FileType> ofMediaType(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Every accepted extension with its dot, comma-separated: what a file picker's accept attribute takes. */
    public static String acceptedExtensions() {
        StringBuilder all = new StringBuilder();
        for (FileType type : values()) {
            for (String extension : type.extensions) {
                all.append(all.isEmpty() ? "" : ",").append('.').append(extension);
            }
        }
        return all.toString();
    }
}
