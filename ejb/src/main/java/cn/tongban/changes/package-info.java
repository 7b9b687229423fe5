/**
 * Change management (变更管理, 第十三、十五、十六、十七条): the settings store, where a change to configuration is a
 * request with a reason that takes effect only once both the service office and the IT office have approved it
 * (第十六条), and the departments' filings of planned upgrades of their own systems, at least five working days
 * ahead (第十七条). Every step is recorded with who, when and from where.
 */
package cn.tongban.changes;
