package cn.tongban.changes.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;

import java.util.Arrays;
import java.util.List;

/**
 * The two city offices that approve configuration changes together (第十六条: 市行政服务管理办公室会同市信息化办公室批准)
 * and receive the filings of planned upgrades (第十七条).
 */
public enum Office {
    /** 市行政服务管理办公室 (第九条) */
    SERVICE_OFFICE(Role.SERVICE_OFFICE),
    /** 市信息化办公室 (第十条) */
    IT_OFFICE(Role.IT_OFFICE);

    private final Role role;

    Office(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    /** The offices the account works for, by its roles; empty for everyone else. */
    public static List<Office> of(Account account) {
        return Arrays.stream(values()).filter(o -> account.hasRole(o.role)).toList();
    }
}
