package cn.tongban.complaints.boundary;

import cn.tongban.complaints.entity.Complaint;

/**
 * A complaint just filed, with its access code in clear: shown this once and never again, because only its
 * hash is kept.
 */
public record FiledComplaint(Complaint complaint, String accessCode) {
}
