package cn.tongban.blankforms.control;

import cn.tongban.blankforms.entity.FileType;

import java.util.Optional;

/**
 * What a file's bytes turned out to be: one of the accepted {@link FileType}s, or what else it is, so that a
 * refusal can say so ("this is a program, not a PDF").
 */
public enum SniffedContent {
    PDF(FileType.PDF),
    DOCX(FileType.DOCX),
    XLSX(FileType.XLSX),
    DOC(FileType.DOC),
    XLS(FileType.XLS),
    PNG(FileType.PNG),
    JPEG(FileType.JPEG),
    /** No bytes at all. */
    EMPTY(null),
    /** A Windows, Linux or macOS program, a Java class or a script with a #! line. */
    EXECUTABLE(null),
    /** HTML, SVG or other XML, which a browser could run scripts from. */
    MARKUP(null),
    /** A ZIP archive that is not a Word or Excel document. */
    ZIP(null),
    /** A Word or Excel document with macros (VBA), which blank forms never need. */
    MACROS(null),
    /** An old-style Office container that is neither a Word nor an Excel document, or a damaged one. */
    OTHER_OFFICE(null),
    /** Anything else. */
    UNKNOWN(null);

    private final FileType fileType;

    SniffedContent(FileType fileType) {
        this.fileType = fileType;
    }

    /** The accepted type these bytes are; empty when they are none of them. */
    public Optional<FileType> fileType() {
        return Optional.ofNullable(fileType);
    }
}
