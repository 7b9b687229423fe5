package cn.tongban.catalogue.entity;

/** How far a matter can be handled online (第十一条). */
public enum OnlineLevel {
    /** 全程网办: applied, decided and delivered online. */
    FULL_ONLINE,
    /** 最多跑一次: applied online, at most one visit to the counter. */
    ONE_VISIT,
    /** 仅限线下: state secrets, privacy or very low volume (第十一条); no online application. */
    OFFLINE_ONLY;

    public boolean acceptsOnlineApplications() {
        return this != OFFLINE_ONLY;
    }
}
