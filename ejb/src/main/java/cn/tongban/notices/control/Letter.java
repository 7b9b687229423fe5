package cn.tongban.notices.control;

import java.util.List;
import java.util.Objects;

/**
 * An official letter of another capability printed on the notices' letterhead (the same page, font and
 * verification box as {@link NoticeContent}'s notices): heading, title and number, the addressee, the body, labelled
 * paragraphs, a table of facts, the issuers with the date, and the verification code with how to check it. All
 * texts are final, in the document's language.
 */
public record Letter(String heading, String title, String number, String addressee, String body,
                     List<Line> paragraphs, List<Line> facts, String issuers, String verificationCode,
                     String verificationHint) {

    /** A label and its text: a paragraph "label：text", or a row of the facts table. */
    public record Line(String label, String text) {
        public Line {
            Objects.requireNonNull(label);
            Objects.requireNonNull(text);
        }
    }

    public Letter {
        Objects.requireNonNull(heading);
        Objects.requireNonNull(title);
        Objects.requireNonNull(number);
        Objects.requireNonNull(body);
        paragraphs = List.copyOf(paragraphs);
        facts = List.copyOf(facts);
        Objects.requireNonNull(issuers);
    }
}
