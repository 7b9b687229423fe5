package cn.tongban.changes.entity;

import cn.tongban.accounts.entity.Account;
import cn.tongban.accounts.entity.Role;
import cn.tongban.catalogue.entity.Department;
import cn.tongban.catalogue.entity.DepartmentLevel;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

/** People, departments and settings for the entity tests, as the demo data has them. */
final class Fixtures {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    static final String ZJJ_ENDPOINT = "https://zjj.example.gov.cn/tongban";
    static final String REASON = "住建局业务系统迁移至政务云，接口地址随之变更。";

    static final Department ZJJ = new Department("ZJJ", "东莞市住房和城乡建设局", null, DepartmentLevel.CITY, null);
    static final Department SWUJ = new Department("SWUJ", "东莞市水务局", null, DepartmentLevel.CITY, null);
    static final Department XZFWB = new Department("XZFWB", "东莞市行政服务管理办公室", null, DepartmentLevel.CITY, null);
    static final Department XXHB = new Department("XXHB", "东莞市信息化办公室", null, DepartmentLevel.CITY, null);

    private Fixtures() {
    }

    static Account staff(String username, Department department, Role... roles) {
        Account account = Account.ofDepartment(username, "$2a$10$hash", username + " 姓名", department,
                EnumSet.copyOf(Set.of(roles)), NOW);
        account.passTraining();
        return account;
    }

    static Account deptAdmin() {
        return staff("deptadmin", ZJJ, Role.DEPT_ADMIN);
    }

    static Account office() {
        return staff("office", XZFWB, Role.SERVICE_OFFICE);
    }

    static Account itOffice() {
        return staff("itoffice", XXHB, Role.IT_OFFICE);
    }

    static Setting zjjEndpoint() {
        return new Setting("department.ZJJ.interface-endpoint", SettingType.URL, "ZJJ", ZJJ_ENDPOINT, null, null,
                "住建局接口地址", "ZJJ endpoint", NOW.minusDays(30));
    }

    static Setting uploadLimit() {
        return new Setting("system.upload.max-mb", SettingType.INTEGER, null, "20", 1L, 200L,
                "上传文件大小上限", "Upload limit", NOW.minusDays(30));
    }

    /** What the setting looks like once another request's change has been stored: the provider counts versions. */
    static void changedElsewhere(Setting setting) {
        try {
            Field version = Setting.class.getDeclaredField("version");
            version.setAccessible(true);
            version.setLong(setting, setting.getVersion() + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static SignOff act(Account by, String comment) {
        return SignOff.by(by, NOW.plusHours(1), "10.0.0.8", comment);
    }
}
