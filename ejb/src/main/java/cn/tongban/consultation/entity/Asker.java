package cn.tongban.consultation.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.moderation.entity.TextRule;
import cn.tongban.platform.entity.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who asked: a signed-in applicant, linked by account, or a visitor who left a name and perhaps an e-mail
 * address or a mainland mobile number for the department to reach them. Name and contact are copied into
 * the question, so that the department's lists need not read the accounts.
 */
@Embeddable
public class Asker {

    static final TextRule NAME = new TextRule("name", "consultation.name", 1, 50, false);
    private static final int MAX_EMAIL = 254;
    /** Light on purpose: name@domain.tld in plain characters; whether it reaches anyone only sending can tell. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    /** Mainland mobile numbers: 1, then 3–9, then nine digits. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    @Column(name = "asker_id")
    private Long accountId;

    @Column(name = "asker_name", nullable = false, length = 200)
    private String name;

    @Column(name = "asker_email", length = 254)
    private String email;

    @Column(name = "asker_phone", length = 16)
    private String phone;

    protected Asker() {
    }

    private Asker(Long accountId, String name, String email, String phone) {
        this.accountId = accountId;
        this.name = Objects.requireNonNull(name);
        this.email = email;
        this.phone = phone;
    }

    /** A signed-in applicant; the department reaches them through the account's contact details. */
    public static Asker applicant(Account account) {
        return new Asker(Objects.requireNonNull(account.getId()), account.getDisplayName(), account.getEmail(),
                account.getPhone());
    }

    /**
     * A visitor with a name and an optional contact, an e-mail address or a mobile number. Returns null and
     * adds the reasons to {@code violations} if either is not acceptable.
     */
    public static Asker visitor(String name, String contact, List<Violation> violations) {
        int before = violations.size();
        String checkedName = NAME.apply(name, violations);
        String email = null;
        String phone = null;
        String typed = TextRule.normalize(contact);
        if (typed != null) {
            if (typed.contains("@")) {
                email = typed.length() <= MAX_EMAIL && EMAIL.matcher(typed).matches() ? typed : null;
            } else {
                String digits = typed.replaceAll("[\\s-]", "").replaceFirst("^\\+?86(?=1\\d{10}$)", "");
                phone = MOBILE.matcher(digits).matches() ? digits : null;
            }
            if (email == null && phone == null) {
                violations.add(new Violation("contact", "consultation.contact.invalid"));
            }
        }
        return violations.size() > before ? null : new Asker(null, checkedName, email == null ? null
                : email.toLowerCase(Locale.ROOT), phone);
    }

    public boolean isVisitor() {
        return accountId == null;
    }

    public boolean is(Account account) {
        return accountId != null && account != null && accountId.equals(account.getId());
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
