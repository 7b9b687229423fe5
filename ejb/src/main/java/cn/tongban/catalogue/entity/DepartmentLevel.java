package cn.tongban.catalogue.entity;

/** A department belongs to the city or to a town or street (镇街, 第五条). */
public enum DepartmentLevel {
    CITY, TOWN
}
