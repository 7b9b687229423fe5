package cn.tongban.blankforms.entity;

import cn.tongban.platform.entity.BusinessException;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * The name a blank form is downloaded under, e.g. {@code 公司登记（备案）申请书.docx}. Cleaned once, when
 * it comes in: any folder a browser sends along is dropped, surrounding blanks are trimmed and the text is
 * normalised (NFC). Refused are names with control or bidirectional-override characters (which can make
 * {@code exe.pdf} look like {@code fdp.exe}), with characters no Windows file name may hold, longer than
 * {@value #MAX_LENGTH} characters, or whose extension is not one of {@link FileType}'s. Chinese stays as it is.
 */
public record FormFileName(String value) implements Serializable {

    public static final int MAX_LENGTH = 120;
    private static final String WINDOWS_FORBIDDEN = "<>:\"|?*";
    private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    public FormFileName {
        Objects.requireNonNull(value);
    }

    /** The cleaned name of an uploaded file, or an INVALID refusal saying what is wrong with it. */
    public static FormFileName of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw BusinessException.invalid("blankForm.nameMissing");
        }
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        if (name.isEmpty()) {
            throw BusinessException.invalid("blankForm.nameMissing");
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (isControl(c)) {
                throw BusinessException.invalid("blankForm.nameControl");
            }
            if (WINDOWS_FORBIDDEN.indexOf(c) >= 0) {
                throw BusinessException.invalid("blankForm.nameForbiddenCharacter", new String(Character.toChars(c)));
            }
            i += Character.charCount(c);
        }
        if (name.length() > MAX_LENGTH) {
            throw BusinessException.invalid("blankForm.nameTooLong", MAX_LENGTH);
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || FileType.ofExtension(name.substring(dot + 1)).isEmpty()) {
            throw BusinessException.invalid("blankForm.extensionNotAllowed", name);
        }
        return new FormFileName(name);
    }

    private static boolean isControl(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    /** The extension without its dot, as written. */
    public String extension() {
        return value.substring(value.lastIndexOf('.') + 1);
    }

    /** The type the extension announces; the content must agree with it. */
    public FileType announcedType() {
        return FileType.ofExtension(extension()).orElseThrow();
    }

    /**
     * The {@code Content-Disposition} header that makes a browser save the file under this name: an ASCII
     * {@code filename} for old clients and the exact name as RFC 5987/6266 {@code filename*} in UTF-8.
     */
    public String contentDisposition() {
        return "attachment; filename=\"" + asciiFallback() + "\"; filename*=UTF-8''" + percentEncoded();
    }

    /**
     * The name with every run of characters outside printable ASCII (and the quote, backslash, semicolon and
     * percent sign, which old clients mishandle) replaced by one underscore; "form" when nothing is left.
     */
    public String asciiFallback() {
        String base = value.substring(0, value.lastIndexOf('.'));
        StringBuilder ascii = new StringBuilder();
        boolean replacing = false;
        for (int i = 0; i < base.length(); ) {
            int c = base.codePointAt(i);
            i += Character.charCount(c);
            boolean plain = c >= 0x20 && c < 0x7f && "\"\\;%".indexOf(c) < 0;
            if (plain) {
                ascii.append((char) c);
            } else if (!replacing) {
                ascii.append('_');
            }
            replacing = !plain;
        }
        String cleaned = ascii.toString().replaceAll("^[_ .]+|[_ .]+$", "");
        return (cleaned.isEmpty() ? "form" : cleaned) + "." + extension().toLowerCase(Locale.ROOT);
    }

    /** The name's UTF-8 bytes percent-encoded except RFC 5987's attr-chars. */
    private String percentEncoded() {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return encoded.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
