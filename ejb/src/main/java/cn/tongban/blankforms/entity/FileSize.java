package cn.tongban.blankforms.entity;

import java.util.Locale;

/** A number of bytes as people read it: 980 B, 12.5 KB, 3.2 MB (binary units, one decimal). */
public final class FileSize {

    private FileSize() {
    }

    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
