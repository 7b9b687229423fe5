package cn.tongban.changes.control;

import cn.tongban.changes.entity.ChangeRequest;
import cn.tongban.changes.entity.Setting;
import cn.tongban.changes.entity.UpgradeFiling;
import cn.tongban.platform.entity.BusinessException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Finds settings, change requests and filings inside the caller's transaction; no access rules here. */
@Dependent
public class ChangeStore {

    @PersistenceContext
    EntityManager em;

    public Setting setting(String name) {
        return em.createNamedQuery(Setting.FIND_BY_NAME, Setting.class)
                .setParameter("name", name == null ? "" : name.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("change.unknownSetting", String.valueOf(name)));
    }

    public ChangeRequest request(long id) {
        return found(em.find(ChangeRequest.class, id), id);
    }

    /**
     * The request, locked until the transaction ends ({@code SELECT … FOR UPDATE}): two decisions on one request
     * arriving at once are taken one after the other, so that the later sees the earlier and exactly one of two
     * approvals is the second.
     */
    public ChangeRequest lockedRequest(long id) {
        return found(em.find(ChangeRequest.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    /** The filing, locked like {@link #lockedRequest}: the two offices' acknowledgements never overwrite each other. */
    public UpgradeFiling lockedFiling(long id) {
        UpgradeFiling filing = em.find(UpgradeFiling.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (filing == null) {
            throw BusinessException.notFound("upgrade.unknown", String.valueOf(id));
        }
        return filing;
    }

    private static ChangeRequest found(ChangeRequest request, long id) {
        if (request == null) {
            throw BusinessException.notFound("change.unknown", String.valueOf(id));
        }
        return request;
    }
}
