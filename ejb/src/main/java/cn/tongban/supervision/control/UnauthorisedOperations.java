package cn.tongban.supervision.control;

import cn.tongban.platform.entity.BusinessException;
import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches the approval workflow for 非法、越权操作 (第二十七条(二)): when it refuses staff acting on another
 * department's application or task, the attempt is recorded as a supervision case in a transaction of its own,
 * and the refusal goes on to the caller unchanged, so the refused request still changes nothing.
 */
public class UnauthorisedOperations {

    private static final Logger LOG = Logger.getLogger(UnauthorisedOperations.class.getName());
    /** The workflow's refusals of someone acting outside their department's work. */
    static final Set<String> OUT_OF_BOUNDS = Set.of("task.notYours", "application.notYourDepartment");

    @EJB
    CaseDetection detection;

    @AroundInvoke
    Object watch(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (BusinessException refusal) {
            if (refusal.reason() == BusinessException.Reason.FORBIDDEN && OUT_OF_BOUNDS.contains(refusal.key())) {
                record(invocation, refusal);
            }
            throw refusal;
        }
    }

    private void record(InvocationContext invocation, BusinessException refusal) {
        Object[] parameters = invocation.getParameters();
        Object first = parameters.length == 0 ? null : parameters[0];
        String receipt = first instanceof String s ? s : null;
        Long taskId = first instanceof Long l ? l : null;
        try {
            detection.unauthorised(invocation.getMethod().getName(), receipt, taskId, refusal);
        } catch (RuntimeException e) {
            // the refusal is what the caller must get; a failed record is only logged
            LOG.log(Level.WARNING, "unauthorised operation could not be recorded", e);
        }
    }
}
