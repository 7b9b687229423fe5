package cn.tongban.notices.boundary;

/** A notice printed for download: its file name (the notice number) and the PDF. */
public record NoticeFile(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/pdf";

    public NoticeFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
