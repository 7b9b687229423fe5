package cn.tongban.web.notices;

import cn.tongban.notices.boundary.Notices;
import cn.tongban.notices.entity.Notice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The notices column of 我的办件: every notice of the applicant's applications, read once per request in one
 * query and handed out row by row.
 */
@Named
@RequestScoped
public class MyNotices {

    @Inject
    Notices notices;

    private Map<String, List<Notice>> byReceipt;

    public List<Notice> of(String receiptNumber) {
        if (byReceipt == null) {
            byReceipt = notices.mine().stream().collect(Collectors.groupingBy(Notice::getReceiptNumber));
        }
        return byReceipt.getOrDefault(receiptNumber, List.of());
    }
}
