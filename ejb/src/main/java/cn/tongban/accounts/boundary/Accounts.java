package cn.tongban.accounts.boundary;

import cn.tongban.accounts.entity.Account;
import cn.tongban.platform.entity.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** The accounts, and above all the one of whoever is calling. */
@Stateless
@PermitAll
public class Accounts {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    /** The caller's account; refused for an anonymous caller or an account that may not act. */
    public Account current() {
        String name = session.getCallerPrincipal().getName();
        Account account = byUsername(name).orElseThrow(() -> BusinessException.forbidden("account.notSignedIn"));
        if (!account.mayAct()) {
            throw BusinessException.forbidden("account.mayNotAct", name);
        }
        return account;
    }

    /** The applicant account with this resident identity number or credit code, if any. */
    public Optional<Account> byIdentityNumber(String identityNumber) {
        return em.createNamedQuery(Account.FIND_BY_IDENTITY, Account.class)
                .setParameter("identityNumber", identityNumber)
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> byUsername(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
