package cn.tongban.statistics.entity;

import java.io.Serializable;
import java.util.Locale;

/** A department or matter as a row of statistics names it: its code and its Chinese and English names. */
public record Label(String code, String name, String nameEn) implements Serializable {

    /** The name in the reader's language; Chinese where no English name is known. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }
}
