package cn.tongban.applications.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.AccountKind;
import cn.tongban.forms.entity.CreditCode;
import cn.tongban.forms.entity.IdCardNumber;
import cn.tongban.forms.entity.MobileNumber;
import cn.tongban.platform.entity.BusinessException;
import cn.tongban.platform.entity.Violation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who applies, as a request names them (网上申报, 第四条): a person with a resident identity number (GB 11643) or an
 * enterprise with a unified social credit code (GB 32100), a name, and a mobile number and e-mail address to reach
 * them. Every defect is reported at once, naming the field ({@code applicant.idNumber}).
 */
public record ApplicantIdentity(AccountKind type, String name, String identityNumber, String phone, String email)
        implements Serializable {

    public static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public ApplicantIdentity {
        Objects.requireNonNull(type);
        Objects.requireNonNull(name);
        Objects.requireNonNull(identityNumber);
    }

    /**
     * Checks what a request says about the applicant. {@code type} is PERSON or ENTERPRISE; a person gives
     * {@code idNumber}, an enterprise {@code creditCode}, never the other one.
     */
    public static ApplicantIdentity of(String type, String name, String idNumber, String creditCode, String phone, String email,
                                       LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        AccountKind kind = null;
        if (type == null || type.isBlank()) {
            violations.add(new Violation("applicant.type", "field.required"));
        } else if (type.strip().equals("PERSON") || type.strip().equals("ENTERPRISE")) {
            kind = AccountKind.valueOf(type.strip());
        } else {
            violations.add(new Violation("applicant.type", "applicant.type"));
        }
        String cleanName = name == null ? null : name.strip();
        if (cleanName == null || cleanName.isEmpty()) {
            violations.add(new Violation("applicant.name", "field.required"));
        } else if (cleanName.length() > MAX_NAME || cleanName.chars().anyMatch(Character::isISOControl)) {
            violations.add(new Violation("applicant.name", "form.text", "applicant.name"));
        }
        String identity = null;
        if (kind == AccountKind.PERSON) {
            identity = personNumber(idNumber, creditCode, today, violations);
        } else if (kind == AccountKind.ENTERPRISE) {
            identity = enterpriseCode(idNumber, creditCode, violations);
        }
        String cleanPhone = null;
        if (phone != null && !phone.isBlank()) {
            if (MobileNumber.isValid(phone)) {
                cleanPhone = MobileNumber.parse(phone).value();
            } else {
                violations.add(new Violation("applicant.phone", "form.phone", "applicant.phone"));
            }
        }
        String cleanEmail = null;
        if (email != null && !email.isBlank()) {
            cleanEmail = email.strip();
            if (cleanEmail.length() > 254 || !EMAIL.matcher(cleanEmail).matches()) {
                violations.add(new Violation("applicant.email", "applicant.email"));
            }
        }
        if (!violations.isEmpty()) {
            throw BusinessException.invalidFields(violations);
        }
        return new ApplicantIdentity(kind, cleanName, identity, cleanPhone, cleanEmail);
    }

    private static String personNumber(String idNumber, String creditCode, LocalDate today, List<Violation> violations) {
        if (creditCode != null) {
            violations.add(new Violation("applicant.creditCode", "applicant.notForPerson"));
        }
        if (idNumber == null || idNumber.isBlank()) {
            violations.add(new Violation("applicant.idNumber", "field.required"));
            return null;
        }
        String typed = idNumber.strip().toUpperCase(java.util.Locale.ROOT);
        var defect = IdCardNumber.defect(typed, today);
        if (defect.isPresent()) {
            violations.add(new Violation("applicant.idNumber", "form.idCard", "applicant.idNumber", defect.get().ordinal()));
            return null;
        }
        return typed;
    }

    private static String enterpriseCode(String idNumber, String creditCode, List<Violation> violations) {
        if (idNumber != null) {
            violations.add(new Violation("applicant.idNumber", "applicant.notForEnterprise"));
        }
        if (creditCode == null || creditCode.isBlank()) {
            violations.add(new Violation("applicant.creditCode", "field.required"));
            return null;
        }
        var defect = CreditCode.defect(creditCode);
        if (defect.isPresent()) {
            violations.add(new Violation("applicant.creditCode", "form.creditCode", "applicant.creditCode",
                    defect.get().ordinal()));
            return null;
        }
        return CreditCode.parse(creditCode).value();
    }

    /**
     * Whether this is the account's holder: same kind, name and identity number. An applicant applying in their
     * own name may repeat who they are, but not name somebody else (第二十三条(五): nobody acts in another's name).
     */
    public boolean isHolderOf(Account account) {
        return account.getKind() == type && account.getDisplayName().equals(name)
                && identityNumber.equals(account.getIdentityNumber());
    }
}
