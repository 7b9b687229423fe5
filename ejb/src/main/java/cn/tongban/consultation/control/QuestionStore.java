package cn.tongban.consultation.control;

import cn.tongban.consultation.entity.ConsultationNumber;
import cn.tongban.consultation.entity.Question;
import cn.tongban.consultation.entity.QuestionEvent;
import cn.tongban.platform.entity.BusinessException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Finds and stores questions inside the caller's transaction; no access rules here. */
@Dependent
public class QuestionStore {

    @PersistenceContext
    EntityManager em;

    /** The question, or NOT_FOUND for an unknown or malformed number (one answer for both). */
    public Question byNumber(String number) {
        return find(number).orElseThrow(() -> BusinessException.notFound("consultation.unknown", String.valueOf(number)));
    }

    /** The question with the number as typed (see {@link ConsultationNumber#parse}), if there is one. */
    public Optional<Question> find(String number) {
        return ConsultationNumber.parse(number).flatMap(parsed -> em.createNamedQuery(Question.FIND_BY_NUMBER, Question.class)
                .setParameter("number", parsed)
                .getResultStream()
                .findFirst());
    }

    /**
     * Records a step and writes it at once, so that two people acting on the same question at the same
     * moment cannot both succeed: the second finds the version changed.
     */
    public void record(Question question, QuestionEvent event) {
        em.persist(event);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw BusinessException.conflict("consultation.alreadyHandled", question.getNumber());
        }
    }
}
