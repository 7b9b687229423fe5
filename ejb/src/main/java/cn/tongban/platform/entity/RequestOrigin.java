package cn.tongban.platform.entity;

import jakarta.enterprise.context.RequestScoped;

import java.io.Serializable;

/**
 * Where the current request comes from (第二十三条: every action is recorded with its source address).
 * Filled by a servlet filter in each web module; services read it when they record an action.
 */
@RequestScoped
public class RequestOrigin implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String UNKNOWN = "unknown";

    private String address = UNKNOWN;

    public String address() {
        return address;
    }

    public void address(String address) {
        this.address = address == null || address.isBlank() ? UNKNOWN : address;
    }
}
