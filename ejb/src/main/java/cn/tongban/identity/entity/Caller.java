package cn.tongban.identity.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;

import java.util.List;

/** Who is calling, as the API tells it back: a partner system checks its certificate's mapping with it. */
public record Caller(String username, String displayName, String kind, String department, List<String> roles) {

    public static Caller of(Account account) {
        return new Caller(account.getUsername(), account.getDisplayName(), account.getKind().name(),
                account.getDepartment() == null ? null : account.getDepartment().getCode(),
                account.getRoles().stream().map(Role::name).sorted().toList());
    }
}
