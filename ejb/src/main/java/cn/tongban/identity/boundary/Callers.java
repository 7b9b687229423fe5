package cn.tongban.identity.boundary;

import cn.tongban.accounts.boundary.Accounts;
import cn.tongban.identity.entity.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/** The signed-in caller's own account: whom a certificate or a password was mapped to (第二十条). */
@Stateless
@PermitAll
public class Callers {

    @EJB
    Accounts accounts;

    /** The caller; refused for an anonymous caller or an account that may not act. */
    public Caller current() {
        return Caller.of(accounts.current());
    }
}
