package cn.tongban.moderation.entity;

import java.util.List;

/**
 * The outcome of screening a text against the prohibited terms (第二十三条(一)): the terms it contains, as
 * the service office wrote them. A text with none may be published; any other is held for review.
 */
public record Screening(List<String> matchedTerms) {

    public Screening {
        matchedTerms = List.copyOf(matchedTerms);
    }

    public static Screening clean() {
        return new Screening(List.of());
    }

    public boolean passed() {
        return matchedTerms.isEmpty();
    }

    /** The matched terms for people to read, e.g. {@code 代办包过、加微信}. */
    public String summary() {
        return String.join("、", matchedTerms);
    }
}
